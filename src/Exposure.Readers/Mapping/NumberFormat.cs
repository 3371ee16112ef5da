using System.Globalization;

namespace Exposure.Readers.Mapping;

/// <summary>
/// How a file writes numbers: its decimal and group separators. Reads <c>1.234,56</c> (de-DE), <c>1 234,56</c> (fr-FR),
/// <c>1'234.56</c> or <c>1’234.56</c> (de-CH), <c>1'234,56</c> (apostrophes with a decimal comma) as well as <c>1,234.56</c>, with <c>(1.234,56)</c> and a trailing minus as negative, a trailing
/// <c>%</c> ignored, and blank, <c>-</c> and <c>N/A</c> as empty.
/// </summary>
public sealed record NumberFormat(string DecimalSeparator, string GroupSeparator)
{
    public static NumberFormat Invariant { get; } = new(".", ",");

    /// <summary>The separators a culture (such as <c>de-DE</c>) uses.</summary>
    public static NumberFormat Of(CultureInfo culture) =>
        new(culture.NumberFormat.NumberDecimalSeparator, culture.NumberFormat.NumberGroupSeparator);

    /// <summary>False when the text is not a number; <paramref name="value"/> is null when the text means empty.</summary>
    public bool TryParse(string? text, out decimal? value)
    {
        value = null;
        var s = text?.Trim().Trim('\u00A0').Trim();
        if (string.IsNullOrEmpty(s) || s is "-" or "--" or "—" || s.Equals("N/A", StringComparison.OrdinalIgnoreCase) || s.Equals("NA", StringComparison.OrdinalIgnoreCase))
            return true;

        var negative = false;
        if (s.StartsWith('(') && s.EndsWith(')')) { negative = true; s = s[1..^1].Trim(); }
        if (s.EndsWith('%')) s = s[..^1].TrimEnd();
        if (s.Length > 1 && s.EndsWith('-') && !s.StartsWith('-')) { negative = !negative; s = s[..^1].TrimEnd(); }

        // Swiss apostrophes group thousands in files of decimal commas too (1'234,56): read as the group, where the file's own
        // group mark is not also written and they group in threes.
        if (GroupSeparator is not ("'" or "\u2019") && s.AsSpan().ContainsAny('\'', '\u2019'))
        {
            s = s.Replace('\u2019', '\'');
            if ((GroupSeparator.Length > 0 && s.Contains(GroupSeparator, StringComparison.Ordinal)) || !GroupedInThrees(s, "'")) return false;
            s = s.Replace("'", "", StringComparison.Ordinal);
        }
        if (GroupSeparator.Length > 0)
        {
            // A space-like group separator may be written as any kind of space.
            if (string.IsNullOrWhiteSpace(GroupSeparator) || GroupSeparator is "\u00A0" or "\u202F")
                s = s.Replace("\u00A0", " ", StringComparison.Ordinal).Replace("\u202F", " ", StringComparison.Ordinal).Replace(GroupSeparator, " ", StringComparison.Ordinal);
            // Swiss apostrophes are written both ways.
            if (GroupSeparator is "'" or "\u2019") s = s.Replace('\u2019', '\'');
            var group = string.IsNullOrWhiteSpace(GroupSeparator) || GroupSeparator is "\u00A0" or "\u202F" ? " " : GroupSeparator is "\u2019" ? "'" : GroupSeparator;
            if (!GroupedInThrees(s, group)) return false;
            s = s.Replace(group, "", StringComparison.Ordinal);
        }
        if (DecimalSeparator != ".")
        {
            if (s.Contains('.', StringComparison.Ordinal)) return false; // a point where the file's decimals use a comma is not this format
            s = s.Replace(DecimalSeparator, ".", StringComparison.Ordinal);
        }
        if (s.Length == 0) return false;

        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d))
            return false;
        value = negative ? -d : d;
        return true;
    }

    /// <summary>Group separators only between groups of three digits (so <c>1234.56</c> is not read as 123456 where <c>.</c> groups).</summary>
    private bool GroupedInThrees(string s, string group)
    {
        var integer = s.Split(DecimalSeparator)[0].TrimStart('-', '+').Trim();
        if (!integer.Contains(group, StringComparison.Ordinal)) return true;
        var parts = integer.Split(group);
        if (parts[0].Length is < 1 or > 3 || !parts[0].All(char.IsAsciiDigit)) return false;
        return parts.Skip(1).All(p => p.Length == 3 && p.All(char.IsAsciiDigit));
    }
}
