using FsCheck;
using FsCheck.Fluent;

namespace Exposure.Readers.Tests.Properties;

/// <summary>A holdings-like CSV text put together from pieces that stress the quoting rules: quotes alone, doubled, after text; line breaks of every kind inside and outside quotes; blank, short and long rows; spaces and non-breaking spaces; numbers in the forms files write.</summary>
public sealed record CsvText(string Text)
{
    public override string ToString() => Text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

/// <summary>Number-like text: digits, separators, signs, brackets, percent, spaces, exponents, currency marks.</summary>
public sealed record NumberText(string Text)
{
    public override string ToString() => $"'{Text}'";
}

/// <summary>FsCheck generators of <see cref="CsvText"/> and <see cref="NumberText"/>.</summary>
public static class CsvTexts
{
    private static readonly string[] Headers =
    [
        "Name,Ticker,Exchange,Market Value,Weight (%)\n",
        "\uFEFFTicker,Name,Sector,Asset Class,Market Value,Weight (%),Quantity,Price,Location,Exchange,Currency\r\n",
        "Fund Holdings as of,\"Mar 04, 2025\"\nNet Assets,\"1,234,567.00\"\n\u00A0\nSecurity,ISIN,Value (GBP),Coupon,Maturity\n",
        "Preamble line\n\"quoted, preamble\"\n\n",
        "",
    ];

    private static readonly string[] Pieces =
    [
        "ZTE CORP H", "APPLE INC", "763", "CNE1000004Y2", "Equity", "Cash", "XHKG", "Taiwan Stock Exchange", "-", "", " ", "\u00A0",
        ",", ",", ",", ",", "\"", "\"", "\"\"", "\"\"\"", "\"a,b\"", "\"line\nbreak\"", "\"cr\rin\"", "\"crlf\r\nin\"",
        "\n", "\n", "\r\n", "\r", "\n\n", "1,234.56", "\"1,234.56\"", "(12.5)", "4.15%", "1 234", "12x4", "£830,000.00", "1.2bn", "640m",
        "2026-03-31", "Mar 31, 2025", "1E+30", "99999999999999999999999", "USD", "GBP", "x\"y", "\"open", "end\"", "\"q\" tail", "\t",
    ];

    public static Arbitrary<CsvText> Texts() => Arb.From(
        from header in Gen.Elements(Headers)
        from count in Gen.Choose(0, 60)
        from pieces in Gen.ListOf(Gen.Elements(Pieces), count)
        from end in Gen.Elements("", "\n", "\r\n", "\"")
        select new CsvText(header + string.Concat(pieces) + end));

    public static Arbitrary<NumberText> Numbers() => Arb.From(Gen.OneOf(AnyNumberText, WellFormedNumber));

    private static Gen<NumberText> AnyNumberText =>
        from count in Gen.Choose(0, 14)
        from chars in Gen.ListOf(Gen.Elements("0123456789,.-+()% \u00A0eE$£€k\u2014NA/".ToCharArray()), count)
        select new NumberText(new string(chars.ToArray()));

    /// <summary>Numbers as files write them: a sign or brackets, 1 to 22 digits grouped in threes or not, decimals, a percent sign, padding.</summary>
    private static Gen<NumberText> WellFormedNumber =>
        from sign in Gen.Elements("", "", "-", "+", "(")
        from digits in Gen.Choose(1, 22)
        from integer in Gen.ListOf(Gen.Elements("0000123456789".ToCharArray()), digits)
        from grouped in Gen.Elements(false, true)
        from decimals in Gen.Choose(-1, 12)
        from fraction in Gen.ListOf(Gen.Elements("00123456789".ToCharArray()), Math.Max(decimals, 0))
        from suffix in Gen.Elements("", "", "%", " ", "\u00A0")
        select new NumberText(sign + Group(new string(integer.ToArray()), grouped) + (decimals < 0 ? "" : "." + new string(fraction.ToArray())) +
                              (sign == "(" ? ")" : "") + suffix);

    private static string Group(string digits, bool grouped)
    {
        if (!grouped) return digits;
        var parts = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3) parts.Insert(0, digits[Math.Max(0, end - 3)..end]);
        return string.Join(",", parts);
    }
}
