using System.Globalization;
using Exposure.Reports.Html.Markup;
using Exposure.Reports.Html.Report;

namespace Exposure.Reports.Html.Charts;

/// <summary>
/// A horizontal bar chart as inline SVG, drawn from figures the model gives. Each group's name is on its own line with
/// its bars beneath, and each bar carries its figure, so the chart reads on a phone as on a desk. Lengths are percentages
/// of the chart's width, so it needs no script and no fixed size. The SVG is an image with a title and a description;
/// the legend is text, and the figures follow as a table for readers who cannot see the chart.
/// </summary>
internal sealed class BarChart(IReadOnlyList<BarSeries> series, IReadOnlyList<BarGroup> groups)
{
    private const double Span = 46;
    private const int NameHeight = 18;
    private const int BarHeight = 13;
    private const int BarGap = 4;
    private const int GroupGap = 9;
    private const int AxisHeight = 34;
    private const int MaxName = 48;

    /// <summary>Of a name cut short, the characters kept from its end, where names of one fund's share classes differ.</summary>
    private const int NameTail = 16;

    /// <summary>
    /// Each name as the chart writes it: whole up to <see cref="MaxName"/> characters, else its start and end about an
    /// ellipsis ("Northern Lights Global Emerging… - Accumulation"); whole where two different names would read the same.
    /// </summary>
    internal static IReadOnlyList<string> Names(IReadOnlyList<string> names)
    {
        // The end of a name from a word's start where it has one: "- Accumulation", not "d - Accumulation".
        static string Tail(string name)
        {
            var tail = name[^NameTail..];
            var space = tail.IndexOf(' ', StringComparison.Ordinal);
            return space >= 0 && space < tail.Length - 1 ? tail[(space + 1)..] : tail;
        }

        var cut = names.Select(n => n.Length <= MaxName ? n : n[..(MaxName - NameTail - 1)].TrimEnd() + "…" + Tail(n)).ToList();
        var clashes = cut.Select((c, i) => (c, n: names[i])).GroupBy(x => x.c, StringComparer.Ordinal)
            .Where(x => x.Select(y => y.n).Distinct(StringComparer.Ordinal).Count() > 1).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        return cut.Select((c, i) => clashes.Contains(c) ? names[i] : c).ToList();
    }

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public required string Title { get; init; }

    /// <summary>What the bars show, for the image's description.</summary>
    public required string Description { get; init; }

    public required string AxisTitle { get; init; }

    public Func<double, string> Tick { get; init; } = Format.AxisAmount;

    /// <summary>Small print under the chart.</summary>
    public string? Caption { get; init; }

    /// <summary>Writes the chart under a heading, then <paramref name="table"/>: the chart's figures as a table.</summary>
    public void Write(ReportPage page, int headingLevel, Action table)
    {
        var w = page.W;
        var id = page.NextId("chart");
        page.Heading(headingLevel, Title, id + "-h");
        w.Open("figure", ("class", "chart"), ("aria-labelledby", id + "-h"));
        if (series.Count > 1)
        {
            Legend(w, id);
        }

        Svg(w, id);
        if (Caption is not null)
        {
            w.Element("figcaption", Caption, ("class", "note"));
        }

        w.Open("details", ("class", "chart-data"));
        w.Element("summary", "The chart's figures as a table");
        table();
        w.Close("details");
        w.Close("figure");
    }

    private void Legend(HtmlWriter w, string id)
    {
        w.Open("ul", ("class", "legend"));
        foreach (var s in series)
        {
            w.Open("li");
            w.Open("svg", ("class", "swatch"), ("width", "22"), ("height", "13"), ("aria-hidden", "true"), ("focusable", "false"));
            w.Open("rect", ("x", "0.5"), ("y", "0.5"), ("width", "21"), ("height", "12"), ("fill", Fills.Paint(s.Fill, id)), ("stroke", Fills.Ink)).Close("rect");
            w.Close("svg");
            w.Text(" " + s.Name).Close("li");
        }

        w.Close("ul");
    }

    private void Svg(HtmlWriter w, string id)
    {
        var max = groups.SelectMany(g => g.Bars).Select(b => b.Length).DefaultIfEmpty(0).Max();
        var (scale, step) = Scale(max);
        var height = 4 + groups.Sum(g => NameHeight + Math.Max(1, g.Bars.Count) * (BarHeight + BarGap) + GroupGap) + AxisHeight;

        w.Open("svg", ("class", "chart-svg"), ("role", "img"), ("aria-labelledby", $"{id}-t {id}-d"), ("width", "100%"),
            ("height", height.ToString(Invariant)), ("focusable", "false"));
        w.Element("title", Title, ("id", id + "-t"));
        w.Element("desc", Description + " The figures are in the table that follows the chart.", ("id", id + "-d"));
        Fills.Definitions(w, id, series.Select(s => s.Fill));

        var plotBottom = height - AxisHeight;
        var ticks = (int)Math.Round(scale / step);
        for (var i = 0; i <= ticks; i++)
        {
            var t = i * step;
            var x = X(t, scale);
            w.Open("line", ("x1", x), ("x2", x), ("y1", "2"), ("y2", plotBottom.ToString(Invariant)), ("class", i == 0 ? "axis" : "grid")).Close("line");
            w.Element("text", Tick(t), ("x", x), ("y", (plotBottom + 13).ToString(Invariant)), ("class", "tick"), ("text-anchor", i == 0 ? "start" : "middle"));
        }

        w.Element("text", AxisTitle, ("x", "0"), ("y", (plotBottom + 29).ToString(Invariant)), ("class", "axis-title"));

        var y = 4;
        var names = Names(groups.Select(g => g.Name).ToList());
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            // A name cut short carries the whole in its title, for a pointer and a screen reader alike.
            w.Open("text", ("x", "0"), ("y", (y + 13).ToString(Invariant)), ("class", "bar-name"));
            if (names[g] != group.Name) w.Element("title", group.Name);
            w.Text(names[g]).Close("text");
            y += NameHeight;
            if (group.Bars.Count == 0)
            {
                w.Element("text", group.Note ?? "", ("x", "0"), ("y", (y + 10).ToString(Invariant)), ("class", "bar-note"));
                y += BarHeight + BarGap;
            }

            foreach (var bar in group.Bars)
            {
                var length = bar.Length > 0 ? bar.Length : 0;
                var width = X(length, scale);
                if (length > 0)
                {
                    w.Open("rect", ("x", "0"), ("y", y.ToString(Invariant)), ("width", width), ("height", BarHeight.ToString(Invariant)),
                        ("fill", Fills.Paint(series[bar.Series].Fill, id)), ("stroke", Fills.Ink), ("stroke-width", "0.8")).Close("rect");
                }

                w.Element("text", bar.Label, ("x", width), ("dx", length > 0 ? "5" : "0"), ("y", (y + 10).ToString(Invariant)), ("class", "bar-label"));
                y += BarHeight + BarGap;
            }

            y += GroupGap;
        }

        w.Close("svg");
    }

    private static string X(double value, double scale) =>
        (scale <= 0 ? 0 : Math.Round(value / scale * Span, 3)).ToString("0.###", Invariant) + "%";

    /// <summary>The axis's end and step: round numbers (1, 2, 2.5 or 5 times a power of ten), about four steps.</summary>
    private static (double Scale, double Step) Scale(double max)
    {
        if (max <= 0 || double.IsNaN(max) || double.IsInfinity(max))
        {
            return (1, 1);
        }

        var rough = max / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        return (Math.Ceiling(max / step - 1e-9) * step, step);
    }
}
