using System.Globalization;
using Exposure.Readers.Csv;

namespace Exposure.Readers.Tests.Csv.Oracle;

/// <summary>The number parser as it was (strings only), the oracle of the span parser. Parses numbers as holdings files write them: <c>"1,709,551,563.38"</c>, <c>-99.5</c>, <c>(1,234)</c>, <c>4.15%</c>, and <c>-</c> or blank for empty.</summary>
internal static class OracleNumberParser
{
    /// <summary>False when the text is not a number; <paramref name="value"/> is null when the text means empty.</summary>
    /// <remarks>
    /// Grouping commas must group digits as files do: threes (<c>1,234,567</c>) or, in Indian files, twos before the last
    /// three (<c>12,34,567</c>). So <c>4,15</c> is not read as 415 here: it is a decimal comma (<see cref="NumberReading"/>).
    /// </remarks>
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        var s = text?.Trim().Trim('\u00A0');
        if (string.IsNullOrEmpty(s) || s is "-" or "--" or "—" or "N/A" or "n/a" or "NA") return true;

        var negative = false;
        if (s.StartsWith('(') && s.EndsWith(')')) { negative = true; s = s[1..^1].Trim(); if (s.StartsWith('-') || s.StartsWith('+')) return false; }
        if (s.EndsWith('%')) s = s[..^1].TrimEnd();
        if (s.Contains('\'') || s.Contains('\u2019'))
        {
            // Swiss thousands: an apostrophe between a digit and three digits, the first group of one to three, no comma or space beside.
            s = s.Replace('\u2019', '\'');
            var integer = s.Split('.')[0].TrimStart('-', '+');
            var groups = integer.Split('\'');
            if (s.Contains(',') || s.Contains(' ') || s.Contains('\u00A0') || s.Split('.').Skip(1).Any(f => f.Contains('\''))
                || groups[0].Length is < 1 or > 3 || !groups.All(g => g.All(char.IsAsciiDigit)) || groups.Skip(1).Any(g => g.Length != 3))
                return false;
            s = s.Replace("'", "", StringComparison.Ordinal);
        }
        if (s.Contains('\u00A0') || s.Contains(' ')) s = s.Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (s.Length == 0 || s[0] == ',' || s.Contains(",.", StringComparison.Ordinal) || !Grouped(s)) return false;

        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var d))
            return false;
        value = negative ? -d : d;
        return true;
    }

    /// <summary>Commas only between groups of digits: the last group before the point of three, the others of two or three.</summary>
    private static bool Grouped(string s)
    {
        if (!s.Contains(',', StringComparison.Ordinal)) return true;
        var point = s.IndexOf('.', StringComparison.Ordinal);
        var integer = (point < 0 ? s : s[..point]).TrimStart('-', '+');
        var groups = integer.Split(',');
        if (groups[0].Length is < 1 or > 3 || !groups[0].All(char.IsAsciiDigit)) return false;
        for (var i = 1; i < groups.Length; i++)
        {
            var last = i == groups.Length - 1;
            if (!groups[i].All(char.IsAsciiDigit) || (last ? groups[i].Length != 3 : groups[i].Length is not (2 or 3))) return false;
        }
        return true;
    }
}
