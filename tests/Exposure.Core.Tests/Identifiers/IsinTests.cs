using Exposure.Core.Identifiers;

namespace Exposure.Core.Tests.Identifiers;

public sealed class IsinTests
{
    [Theory]
    [InlineData("US0378331005")] // Apple
    [InlineData("CNE000000TK5")] // ZTE A
    [InlineData("CNE1000004Y2")] // ZTE H
    [InlineData("TW0002317005")] // Hon Hai
    [InlineData("CNE100000PM8")] // Hikvision
    public void Accepts_real_isins(string isin) => Assert.True(Isin.IsValid(isin));

    [Theory]
    [InlineData("US0378331006")] // wrong check digit
    [InlineData("CNE000000TK4")]
    [InlineData("us0378331005")] // lower case
    [InlineData("US037833100")] // too short
    [InlineData("1S0378331005")] // country not letters
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_malformed_isins(string? isin) => Assert.False(Isin.IsValid(isin));

    [Theory]
    [InlineData("CNE1 0000 04Y2", "CNE1000004Y2")] // groups of four, as printed
    [InlineData("CNE10 0000PM8", "CNE100000PM8")]
    [InlineData(" cne1-0000-04y2 ", "CNE1000004Y2")]
    [InlineData("US\u00A0037833100 5", "US0378331005")]
    [InlineData("cne100000pm8", "CNE100000PM8")]
    public void An_isin_written_in_groups_is_closed_up(string given, string expected)
    {
        Assert.Equal(expected, Isin.Normalise(given));
        Assert.True(Isin.IsValid(Isin.Normalise(given)));
    }

    [Theory]
    [InlineData("CNE1 0000 04Y3", "CNE1 0000 04Y3")] // closed up it fails its check digit: kept as given
    [InlineData("CNE1-0000-04Y", "CNE1-0000-04Y")]
    [InlineData("n/a", "N/A")]
    public void A_value_that_closed_up_is_no_isin_is_kept_as_given(string given, string expected)
    {
        Assert.Equal(expected, Isin.Normalise(given));
        Assert.False(Isin.IsValid(Isin.Normalise(given)));
    }
}

/// <summary>The check-digit arithmetic against the standard's own description: letters to two digits, then Luhn.</summary>
public sealed class IsinCheckDigitTests
{
    private static bool ByTheBook(string isin)
    {
        var digits = string.Concat(isin[..11].Select(c => char.IsAsciiDigit(c) ? (c - '0').ToString(System.Globalization.CultureInfo.InvariantCulture) : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0) d = d * 2 is var x && x > 9 ? x - 9 : x;
            sum += d;
        }
        return (10 - sum % 10) % 10 == isin[11] - '0';
    }

    [Fact]
    public void Agrees_with_the_standard_on_many_generated_codes()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var random = new Random(20261204);
        for (var n = 0; n < 20_000; n++)
        {
            var body = new char[11];
            body[0] = (char)('A' + random.Next(26));
            body[1] = (char)('A' + random.Next(26));
            for (var i = 2; i < 11; i++) body[i] = alphabet[random.Next(alphabet.Length)];
            var isin = new string(body) + (char)('0' + random.Next(10));
            Assert.Equal(ByTheBook(isin), Exposure.Core.Identifiers.Isin.IsValid(isin));
        }
    }
}
