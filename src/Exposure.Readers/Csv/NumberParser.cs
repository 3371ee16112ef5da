using System.Globalization;

namespace Exposure.Readers.Csv;

/// <summary>Parses numbers as holdings files write them: <c>"1,709,551,563.38"</c>, <c>-99.5</c>, <c>(1,234)</c>, <c>4.15%</c>, and <c>-</c> or blank for empty.</summary>
public static class NumberParser
{
    /// <summary>False when the text is not a number; <paramref name="value"/> is null when the text means empty.</summary>
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        var s = text?.Trim().Trim('\u00A0');
        if (string.IsNullOrEmpty(s) || s is "-" or "--" or "—" or "N/A" or "n/a" or "NA") return true;

        var negative = false;
        if (s.StartsWith('(') && s.EndsWith(')')) { negative = true; s = s[1..^1].Trim(); }
        if (s.EndsWith('%')) s = s[..^1].TrimEnd();
        if (s.Contains('\u00A0') || s.Contains(' ')) s = s.Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (s.Length == 0 || s[0] == ',' || s.Contains(",.", StringComparison.Ordinal)) return false;

        // Grouping commas are allowed anywhere before the decimal point, as files write them ("1,709,551,563.38").
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var d))
            return false;
        value = negative ? -d : d;
        return true;
    }
}
