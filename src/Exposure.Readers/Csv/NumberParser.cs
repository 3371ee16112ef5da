using System.Buffers;
using System.Globalization;

namespace Exposure.Readers.Csv;

/// <summary>
/// Parses numbers as holdings files write them: <c>"1,709,551,563.38"</c>, <c>-99.5</c>, <c>(1,234)</c>, <c>4.15%</c>,
/// <c>1 234 567</c>, Swiss <c>1'234'567.89</c> (or with <c>’</c>), and <c>-</c> or blank for empty. A number with two signs
/// (<c>--500</c>, <c>(-500)</c>) is not a number.
/// </summary>
public static class NumberParser
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowExponent;

    /// <summary>Characters that group digits other than the comma: spaces, and the Swiss apostrophes.</summary>
    private static readonly SearchValues<char> GroupMarks = SearchValues.Create(" \u00A0'\u2019");

    /// <summary>False when the text is not a number; <paramref name="value"/> is null when the text means empty.</summary>
    /// <remarks>
    /// Grouping commas must group digits as files do: threes (<c>1,234,567</c>) or, in Indian files, twos before the last
    /// three (<c>12,34,567</c>). So <c>4,15</c> is not read as 415 here: it is a decimal comma (<see cref="NumberReading"/>).
    /// </remarks>
    public static bool TryParse(string? text, out decimal? value) => TryParse(text.AsSpan(), out value);

    /// <inheritdoc cref="TryParse(string, out decimal?)"/>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal? value)
    {
        value = null;
        var s = text.Trim().Trim('\u00A0');
        if (s.IsEmpty || s is "-" or "--" or "—" or "N/A" or "n/a" or "NA") return true;

        var negative = false;
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            negative = true;
            s = s[1..^1].Trim();
            // A sign inside the parentheses, (-500): two signs, not a number.
            if (!s.IsEmpty && s[0] is '-' or '+') return false;
        }
        if (s.EndsWith('%')) s = s[..^1].TrimEnd();
        if (s.ContainsAny(GroupMarks))
        {
            if (s.ContainsAny('\'', '\u2019')) return TryParseApostrophes(s, negative, out value);
            return TryParseSpaced(s, negative, out value);
        }
        return TryParseCompact(s, negative, out value);
    }

    /// <summary>
    /// A number whose thousands are grouped by apostrophes, as Swiss files write them (<c>1'234'567.89</c>, <c>1’234</c>):
    /// each apostrophe between a digit and three digits, the first group of one to three digits, no comma beside them. An
    /// apostrophe anywhere else (<c>'1234</c>, <c>12'34</c>) leaves the text no number.
    /// </summary>
    private static bool TryParseApostrophes(ReadOnlySpan<char> s, bool negative, out decimal? value)
    {
        value = null;
        if (s.Contains(',') || s.ContainsAny(' ', '\u00A0')) return false;
        var start = s.Length > 0 && s[0] is '-' or '+' ? 1 : 0;
        var end = s.IndexOf('.') is var point and >= 0 ? point : s.Length;
        var group = 0;
        var first = true;
        for (var i = start; i < end; i++)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                group++;
                continue;
            }
            if (s[i] is not ('\'' or '\u2019') || group == 0 || (first ? group > 3 : group != 3)) return false;
            first = false;
            group = 0;
        }
        if (group != 3 || s[(end == s.Length ? end : end + 1)..].ContainsAny('\'', '\u2019')) return false;

        if (s.Length > 64) return false; // no number is written this long
        Span<char> compact = stackalloc char[s.Length];
        var n = 0;
        foreach (var c in s)
            if (c is not ('\'' or '\u2019')) compact[n++] = c;
        return TryParseCompact(compact[..n], negative, out value);
    }

    /// <summary>A number written with spaces between its digits (<c>1 234 567</c>): read without them.</summary>
    private static bool TryParseSpaced(ReadOnlySpan<char> s, bool negative, out decimal? value)
    {
        var rented = ArrayPool<char>.Shared.Rent(s.Length);
        try
        {
            var n = 0;
            foreach (var c in s)
                if (c is not (' ' or '\u00A0')) rented[n++] = c;
            return TryParseCompact(rented.AsSpan(0, n), negative, out value);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static bool TryParseCompact(ReadOnlySpan<char> s, bool negative, out decimal? value)
    {
        value = null;
        if (s.Length == 0 || s[0] == ',' || s.IndexOf(",.", StringComparison.Ordinal) >= 0 || !Grouped(s)) return false;
        if (!TryParsePlain(s, out var d) && !decimal.TryParse(s, Styles, CultureInfo.InvariantCulture, out d)) return false;
        value = negative ? -d : d;
        return true;
    }

    /// <summary>
    /// The common case without <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out decimal)"/>: an
    /// optional sign, digits (with their grouping commas, already checked) and a point followed by digits, at most 18 digits
    /// and not zero; the value and its scale (<c>1.50</c> keeps two decimals) are those the full parser gives. Anything else
    /// is left to the full parser. Also the reading of numbers the tool wrote itself in the invariant culture.
    /// </summary>
    public static bool TryParsePlain(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        var i = s[0] is '-' or '+' ? 1 : 0;
        var negative = s[0] == '-';
        ulong mantissa = 0;
        int digits = 0, before = 0, scale = 0;
        var point = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 18) return false;
                mantissa = (mantissa * 10) + (uint)(c - '0');
                if (point) scale++;
                else before++;
            }
            else if (c == ',' && !point && before > 0) continue;
            else if (c == '.' && !point && before > 0) point = true;
            else return false;
        }
        if (mantissa == 0 || before == 0 || (point && scale == 0)) return false;
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    /// <summary>Commas only between groups of digits: the last group before the point of three, the others of two or three.</summary>
    private static bool Grouped(ReadOnlySpan<char> s)
    {
        if (!s.Contains(',')) return true;
        var point = s.IndexOf('.');
        var integer = (point < 0 ? s : s[..point]).TrimStart("-+");
        for (var index = 0; ; index++)
        {
            var comma = integer.IndexOf(',');
            var last = comma < 0;
            var group = last ? integer : integer[..comma];
            foreach (var c in group) if (!char.IsAsciiDigit(c)) return false;
            if (index == 0 ? group.Length is < 1 or > 3 : last ? group.Length != 3 : group.Length is not (2 or 3)) return false;
            if (last) return true;
            integer = integer[(comma + 1)..];
        }
    }
}
