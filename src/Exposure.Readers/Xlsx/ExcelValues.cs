using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Exposure.Readers.Xlsx;

/// <summary>How a number format shows a number.</summary>
internal enum NumberKind
{
    Plain,
    Percent,
    Date,
}

/// <summary>Excel's ways of writing values: cell references, numbers as stored, date serials, number formats, escaped strings.</summary>
internal static partial class ExcelValues
{
    private static readonly System.Buffers.SearchValues<char> DateLetters = System.Buffers.SearchValues.Create("yYmMdDhHsS");

    public const int MaxRows = 1_048_576;
    public const int MaxColumns = 16_384;

    /// <summary>Excel keeps and shows 15 significant digits; more in the file are artefacts of binary floating point.</summary>
    private const int SignificantDigits = 15;

    /// <summary>The 1-based column of a cell reference such as <c>AB12</c>, or null when it has no valid column letters.</summary>
    public static int? ColumnOf(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumns) return null;
        }
        return i == 0 ? null : column;
    }

    /// <summary>The column letters of a 1-based column number.</summary>
    public static string ColumnName(int column)
    {
        var sb = new StringBuilder();
        for (; column > 0; column = (column - 1) / 26) sb.Insert(0, (char)('A' + (column - 1) % 26));
        return sb.ToString();
    }

    /// <summary>
    /// A number as the cell stores it, read straight from its text into a decimal (never through a double); text with more
    /// than 15 significant digits (<c>0.30000000000000004</c>) is rounded to 15, the precision Excel itself holds and shows.
    /// </summary>
    public static decimal? ParseStored(string text)
    {
        var s = text.Trim();
        if (!decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return null;
        if (SignificantDigitsIn(s) > SignificantDigits) d = RoundSignificant(d, SignificantDigits);
        return Normalize(d);
    }

    /// <summary>The date an Excel serial number stands for (time of day dropped), in the 1900 or the 1904 date system.</summary>
    public static DateOnly? DateOf(decimal serial, bool date1904)
    {
        if (serial < 0 || serial > 2_958_465) return null;
        var days = (int)decimal.Floor(serial);
        if (date1904) return new DateOnly(1904, 1, 1).AddDays(days);
        if (days == 0) return null; // "January 0, 1900"
        // Excel counts a 29 February 1900 that never was: serials after it are one day ahead.
        return days < 60 ? new DateOnly(1899, 12, 31).AddDays(days) : days == 60 ? new DateOnly(1900, 2, 28) : new DateOnly(1899, 12, 30).AddDays(days);
    }

    /// <summary>How a built-in number format (by id) or a custom format code shows numbers.</summary>
    public static NumberKind KindOf(uint formatId, string? formatCode)
    {
        if (formatCode is null)
            return formatId switch
            {
                9 or 10 => NumberKind.Percent,
                >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 => NumberKind.Date,
                _ => NumberKind.Plain,
            };

        // The first section (positive numbers), without quoted text, escaped characters, fills, padding and [colour] or [$-locale] tags.
        var code = formatCode.Split(';')[0];
        code = QuotedOrEscaped().Replace(code, "");
        var elapsed = ElapsedTime().IsMatch(code);
        code = Bracketed().Replace(code, "");
        if (code.Contains('%')) return NumberKind.Percent;
        if (elapsed) return NumberKind.Plain; // [h]:mm is a duration, not a date
        return code.AsSpan().IndexOfAny(DateLetters) >= 0 && !code.Contains("General", StringComparison.OrdinalIgnoreCase)
            ? NumberKind.Date
            : NumberKind.Plain;
    }

    /// <summary>Undoes the <c>_xHHHH_</c> escapes Excel writes for characters XML cannot hold (<c>_x000D_</c> for a carriage return).</summary>
    public static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? EscapedChar().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    /// <summary>A number written in invariant form without trailing zeros, as the reader passes it on.</summary>
    public static string Invariant(decimal d) => Normalize(d).ToString(CultureInfo.InvariantCulture);

    private static int SignificantDigitsIn(string s)
    {
        var digits = 0;
        var leading = true;
        foreach (var c in s)
        {
            if (c is 'e' or 'E') break;
            if (!char.IsAsciiDigit(c)) continue;
            if (leading && c == '0') continue;
            leading = false;
            digits++;
        }
        // Trailing zeros after the point are not significant for this purpose ("1.50000000000000000" is exact).
        var mantissa = s.Split('e', 'E')[0];
        if (mantissa.Contains('.'))
            for (var i = mantissa.Length - 1; i >= 0 && mantissa[i] == '0' && digits > 0; i--) digits--;
        return digits;
    }

    private static decimal RoundSignificant(decimal d, int digits)
    {
        if (d == 0) return 0;
        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(d)));
        var decimals = digits - 1 - magnitude;
        if (decimals >= 0) return decimal.Round(d, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        var scale = Pow10(-decimals);
        return decimal.Round(d / scale, 0, MidpointRounding.AwayFromZero) * scale;
    }

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++) r *= 10;
        return r;
    }

    private static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;

    [GeneratedRegex("\"[^\"]*\"|\\\\.|_.|\\*.")]
    private static partial Regex QuotedOrEscaped();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\[(h+|m+|s+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex ElapsedTime();

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapedChar();
}
