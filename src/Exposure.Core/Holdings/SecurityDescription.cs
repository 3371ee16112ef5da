using System.Globalization;

namespace Exposure.Core.Holdings;

/// <summary>
/// Reads the issuer out of a debt or derivative description as files write them: the issuer's name followed by the
/// coupon, the maturity and the kind of security (<c>ZIJIN MINING 5.25% 11/03/29</c>, <c>HIKVISION 0 02/05/27 CV</c>,
/// <c>ZTE CORP 4.5% PERP</c>, <c>ZIJIN MINING GROUP CO LTD 1.5% 2027</c>); for a derivative also the words naming its
/// kind (<c>TRS ZTE CORP</c>). Only what stands after the name (and, for a derivative, before it) is stripped; a bare
/// number counts as a coupon only in front of a maturity, so a name that holds a number keeps it.
/// </summary>
public static class SecurityDescription
{
    /// <summary>Words naming the kind of a debt security, stripped after the name.</summary>
    private static readonly HashSet<string> DebtWords = new(StringComparer.Ordinal)
    {
        "SR", "SNR", "SENIOR", "SUB", "SUBORD", "UNSEC", "UNSECURED", "SECURED", "SEC", "GTD", "NOTES", "NOTE", "NT", "NTS", "BOND", "BONDS",
        "BD", "BDS", "MTN", "EMTN", "GMTN", "REGS", "144A", "FRN", "FLT", "FLOAT", "FXD", "FIXED", "CALLABLE", "CALL", "DEB", "DEBS",
        "DEBENTURE", "DEBENTURES", "CP", "LOAN", "TL", "TLB", "SER", "SERIES", "USD", "EUR", "CNY", "CNH", "HKD", "REG", "S",
    };

    private static readonly HashSet<string> ConvertibleWords = new(StringComparer.Ordinal) { "CV", "CVT", "CONV", "CONVERT", "CONVERTIBLE", "CB" };

    private static readonly HashSet<string> PerpetualWords = new(StringComparer.Ordinal) { "PERP", "PERPETUAL" };

    /// <summary>Words naming the kind of a derivative, stripped before or after the name.</summary>
    private static readonly HashSet<string> DerivativeWords = new(StringComparer.Ordinal)
    {
        "TRS", "SWAP", "SWAPS", "TOTAL", "RETURN", "EQUITY", "CDS", "CREDIT", "DEFAULT", "OPTION", "OPTIONS", "OPT", "PUT", "CALL",
        "WARRANT", "WARRANTS", "WTS", "WT", "PNOTE", "P-NOTE", "PARTICIPATION", "LEPO", "CFD", "LONG", "SHORT", "RECEIVE", "PAY", "ON",
        "FUT", "FUTURE", "FUTURES", "FWD", "FORWARD", "SINGLE", "STOCK", "NAME", "5Y", "3Y", "10Y", "1Y",
    };

    private static readonly string[] DateFormats =
    [
        "MM/dd/yy", "M/d/yy", "MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd", "ddMMMyy", "ddMMMyyyy", "dd-MMM-yy", "dd-MMM-yyyy", "MMM-yy", "MMMyy",
    ];

    /// <summary>The issuer's name and the terms the description states, or null when it holds nothing to strip.</summary>
    public static (string Issuer, DebtTerms Terms)? Parse(string? description, bool derivative = false)
    {
        if (string.IsNullOrWhiteSpace(description)) return null;
        var tokens = description.ToUpperInvariant()
            .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(',', ';'))
            .Where(t => t.Length > 0)
            .ToList();
        var start = 0;
        if (derivative)
            while (start < tokens.Count - 1 && DerivativeWords.Contains(tokens[start].Trim('(', ')'))) start++;

        decimal? coupon = null;
        DateOnly? maturity = null;
        decimal? fraction = null;
        bool perpetual = false, convertible = false, yearOnly = false;
        var end = tokens.Count;
        while (end - 1 > start)
        {
            var t = tokens[end - 1].Trim('(', ')');
            if (ConvertibleWords.Contains(t)) convertible = true;
            else if (PerpetualWords.Contains(t)) perpetual = true;
            else if (DebtWords.Contains(t) || (derivative && DerivativeWords.Contains(t)) || t == "%") { }
            else if (coupon is null && maturity is null && !perpetual && Date(t) is { } date) { maturity = date.Date; yearOnly = date.YearOnly; }
            else if (coupon is null && fraction is null && (maturity is not null || perpetual) && Fraction(t) is { } f) fraction = f;
            else if (coupon is null && Coupon(t, bareAllowed: maturity is not null || perpetual || derivative || fraction is not null) is { } c) coupon = c + (fraction ?? 0);
            else break;
            end--;
        }
        if (end == tokens.Count && start == 0) return null;
        var issuer = string.Join(' ', tokens.Skip(start).Take(end - start));
        return issuer.Length == 0 ? null : (issuer, new DebtTerms(coupon, maturity, perpetual, convertible, yearOnly));
    }

    private static (DateOnly Date, bool YearOnly)? Date(string token)
    {
        if (token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2199)
            return (new DateOnly(year, 12, 31), true);
        if (!token.Any(char.IsAsciiDigit) || token.Length < 5) return null;
        return DateTime.TryParseExact(token, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (DateOnly.FromDateTime(d), false)
            : null;
    }

    /// <summary>A coupon in percent: <c>5.25%</c> always; <c>5.25</c> or <c>0</c> only where a maturity or PERP follows.</summary>
    private static decimal? Coupon(string token, bool bareAllowed)
    {
        var percent = token.EndsWith('%');
        if (!percent && !bareAllowed) return null;
        var number = percent ? token[..^1] : token;
        if (number.Length == 0 || number.Length > 8 || !number.All(c => char.IsAsciiDigit(c) || c == '.')) return null;
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 30 ? v : null;
    }

    /// <summary>The fraction of a coupon written <c>5 1/4</c>: <c>1/4</c> is 0.25.</summary>
    private static decimal? Fraction(string token)
    {
        var parts = token.Split('/');
        if (parts.Length != 2 || token.Length > 5) return null;
        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b is 2 or 4 or 8 or 16 or 32 && a < b
            ? (decimal)a / b
            : null;
    }
}
