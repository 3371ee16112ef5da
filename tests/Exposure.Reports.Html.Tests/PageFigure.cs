using System.Globalization;
using System.Text.Json;

namespace Exposure.Reports.Html.Tests;

/// <summary>A figure as the page shows it: where it is in the JSON, its exact value, and its text.</summary>
public sealed record PageFigure(string Path, string Value, string Text)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Every way the figures differ from the JSON written by the same run: value, and the text a reader sees.</summary>
    public static List<string> Mismatches(IEnumerable<PageFigure> figures, JsonDocument json)
    {
        var problems = new List<string>();
        foreach (var f in figures)
        {
            if (Find(json.RootElement, f.Path) is not { } element)
            {
                problems.Add($"{f.Path}: not in the JSON");
                continue;
            }

            if (element.ValueKind == JsonValueKind.Null)
            {
                if (f.Value != "" || f.Text is not ("not given" or "unknown" or "weights only")) problems.Add($"{f.Path}: JSON null, page '{f.Value}' '{f.Text}'");
                continue;
            }

            var expected = element.GetDecimal();
            if (!decimal.TryParse(f.Value, NumberStyles.Float, Invariant, out var shown) || shown != expected)
            {
                problems.Add($"{f.Path}: JSON {expected.ToString(Invariant)}, page value '{f.Value}'");
                continue;
            }

            var text = ExpectedText(f, expected);
            if (text != f.Text) problems.Add($"{f.Path}: JSON {expected.ToString(Invariant)} reads '{text}', page text '{f.Text}'");
        }

        return problems;
    }

    /// <summary>The figure as the report writes numbers, worked out here from the JSON value: percentages, percentage points, line numbers, rates, amounts.</summary>
    private static string ExpectedText(PageFigure f, decimal value)
    {
        // A fund none of whose lines awaits review: its value awaiting review, 0, reads "none" (Wording.ReviewValueInWords).
        if (f.Text == Core.Reporting.Wording.NothingAwaitsReview && f.Path.EndsWith(".reviewValue", StringComparison.Ordinal) && value == 0) return f.Text;
        if (f.Text.EndsWith('%')) return (value * 100).ToString("0.000", Invariant) + "%";
        if (f.Text.EndsWith(" pp", StringComparison.Ordinal)) return value.ToString("0.####", Invariant) + " pp";
        if (f.Path.EndsWith(".line", StringComparison.Ordinal)) return value.ToString(Invariant);
        if (f.Path.EndsWith(".rate", StringComparison.Ordinal)) return value.ToString("0.######", Invariant);
        var rounded = Math.Round(value, 0, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0m : rounded).ToString("#,0", Invariant);
    }

    /// <summary>The element at a path such as <c>funds[0].byCategory[1].weight</c>.</summary>
    public static JsonElement? Find(JsonElement root, string path)
    {
        var current = root;
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var indexes = new List<int>();
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = part[..bracket];
                foreach (var piece in part[bracket..].Split('[', StringSplitOptions.RemoveEmptyEntries))
                    indexes.Add(int.Parse(piece.TrimEnd(']'), Invariant));
            }

            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)) return null;
            foreach (var i in indexes)
            {
                if (current.ValueKind != JsonValueKind.Array || i >= current.GetArrayLength()) return null;
                current = current[i];
            }
        }

        return current;
    }
}
