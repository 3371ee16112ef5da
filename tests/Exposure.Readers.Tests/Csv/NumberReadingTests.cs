using Exposure.Readers.Csv;

namespace Exposure.Readers.Tests.Csv;

public sealed class NumberReadingTests
{
    [Theory]
    [InlineData("£830,000.00", 830000, "GBP")]
    [InlineData("830,000.00 GBP", 830000, "GBP")]
    [InlineData("GBP 830,000.00", 830000, "GBP")]
    [InlineData("-€1,000", -1000, "EUR")]
    [InlineData("(HK$1,000.50)", -1000.50, "HKD")]
    [InlineData("$1,000", 1000, null)]
    [InlineData("1.250.000,00", 1250000, null)]
    [InlineData("1.250.000", 1250000, null)]
    [InlineData("1.250,5", 1250.5, null)]
    [InlineData("640k", 640000, null)]
    [InlineData("£640k", 640000, "GBP")]
    [InlineData("1.2bn", 1200000000, null)]
    [InlineData("3.5mn", 3500000, null)]
    [InlineData("1,250", 1250, null)]
    [InlineData("1.250", 1.25, null)]
    public void Values_are_read_with_their_currency_multiplier_and_an_unambiguous_decimal_comma(string text, double expected, string? currency)
    {
        var reading = NumberReading.Money(text, NumberParser.TryParse, () => "Market Value");
        Assert.True(reading.Read, reading.Problem);
        Assert.Equal((decimal)expected, reading.Value);
        Assert.Equal(currency, reading.Currency);
    }

    [Theory]
    [InlineData("640m", "Market Value '640m' ends in 'm', which files write for a million and for a thousand: not read")]
    [InlineData("12x4", "Market Value '12x4' is not a number")]
    [InlineData("£12x4", "Market Value '£12x4' is not a number")]
    public void A_value_that_cannot_be_read_says_why(string text, string problem)
    {
        var reading = NumberReading.Money(text, NumberParser.TryParse, () => "Market Value");
        Assert.Null(reading.Value);
        Assert.Equal(problem, reading.Problem);
    }

    [Theory]
    [InlineData("4,15", 4.15)]
    [InlineData("4,15%", 4.15)]
    [InlineData("0,5", 0.5)]
    public void A_weight_with_a_decimal_comma_is_read(string text, double expected)
    {
        var reading = NumberReading.Number(text, NumberParser.TryParse, () => "Weight");
        Assert.Equal((decimal)expected, reading.Value);
    }

    [Theory]
    [InlineData("--500")]
    [InlineData("-(500)")]
    [InlineData("(-500)")]
    [InlineData("-$-500")]
    [InlineData("--£500")]
    [InlineData("--5k")]
    [InlineData("+-500")]
    public void A_value_with_two_signs_is_not_read_rather_than_read_with_its_sign_flipped(string text)
    {
        var money = NumberReading.Money(text, NumberParser.TryParse, () => "Market Value");
        Assert.Null(money.Value);
        Assert.Equal($"Market Value '{text}' is not a number", money.Problem);
        var number = NumberReading.Number(text, NumberParser.TryParse, () => "Weight (%)");
        Assert.Null(number.Value);
        Assert.Equal($"Weight (%) '{text}' is not a number", number.Problem);
    }

    [Theory]
    [InlineData("-500", -500)]
    [InlineData("(500)", -500)]
    [InlineData("+500", 500)]
    [InlineData("-$500", -500)]
    [InlineData("($500)", -500)]
    [InlineData("-1.250,5", -1250.5)]
    [InlineData("-5k", -5000)]
    public void A_value_with_one_sign_keeps_it(string text, double expected)
    {
        var reading = NumberReading.Money(text, NumberParser.TryParse, () => "Market Value");
        Assert.True(reading.Read, reading.Problem);
        Assert.Equal((decimal)expected, reading.Value);
    }
}
