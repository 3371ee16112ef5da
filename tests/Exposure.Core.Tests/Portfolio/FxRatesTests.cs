using Exposure.Core.Portfolio;

namespace Exposure.Core.Tests.Portfolio;

public sealed class FxRatesTests
{
    [Fact]
    public void The_inverse_is_derived_when_not_given()
    {
        var fx = new FxRates("fx.csv", [("USD", "GBP", 0.8m, 2)]);
        Assert.Equal(80m, fx.Convert(100m, "USD", "GBP"));
        Assert.Equal(125m, fx.Convert(100m, "gbp", "usd"));
        Assert.Equal(100m, fx.Convert(100m, "EUR", "EUR"));
    }

    [Fact]
    public void An_inverse_given_within_the_tolerance_is_used_as_given()
    {
        var fx = new FxRates("fx.csv", [("USD", "GBP", 0.79m, 2), ("GBP", "USD", 1.27m, 3)]);
        Assert.Equal(127m, fx.Convert(100m, "GBP", "USD"));
        Assert.Equal(79m, fx.Convert(100m, "USD", "GBP"));
    }

    [Theory]
    [InlineData("USD", "GBP", 0.79, "GBP", "USD", 1.5, "fx.csv, line 3: GBP to USD at 1.5 contradicts USD to GBP at 0.79 on line 2")]
    [InlineData("USD", "GBP", 0.79, "usd", "gbp", 0.79, "fx.csv, line 3: USD to GBP is given twice (first on line 2)")]
    [InlineData("USD", "GBP", 0.79, "EUR", "EUR", 1, "fx.csv, line 3: a rate from EUR to EUR")]
    [InlineData("USD", "GBP", 0.79, "EURO", "GBP", 1, "fx.csv, line 3: currency 'EURO' is not a three-letter ISO 4217 code")]
    [InlineData("USD", "GBP", 0.79, "EUR", "GBP", 0, "fx.csv, line 3: rate 0 for EUR to GBP is not a positive number")]
    public void A_second_line_that_cannot_stand_with_the_first_names_its_line(string f1, string t1, double r1, string f2, string t2, double r2, string message)
    {
        var e = Assert.Throws<DataException>(() => new FxRates("fx.csv", [(f1, t1, (decimal)r1, 2), (f2, t2, (decimal)r2, 3)]));
        Assert.StartsWith(message, e.Message);
    }
}
