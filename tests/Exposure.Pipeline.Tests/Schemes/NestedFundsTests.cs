using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Pipeline.Schemes;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>Which fund of the portfolio a holdings row is: identifiers first, names only when exactly equal.</summary>
public sealed class NestedFundsTests
{
    private static readonly NestedFunds Funds = new(new PortfolioDefinition("S", "GBP", null,
    [
        Entry("a", new FundIdentifiers("GB00B03MLX29", "FA", "FUND A HOLDING")),
        Entry("b", new FundIdentifiers(null, "FB", "Fund B Holding")),
        Entry("c", new FundIdentifiers(null, null, "Ｆｕｎｄ Ｃ")),
    ], "scheme.json"));

    private static PortfolioEntry Entry(string id, FundIdentifiers identifiers) =>
        new(id, EntryKind.Fund, id, null, [], null, 1m, "GBP", identifiers, 1);

    private static string? Of(string? name, string? isin = null, string? ticker = null) =>
        Funds.FundOf(SchemeFixture.Normaliser.Normalise(new HoldingRow(new SourceLocation("x.csv", 2), name, Ticker: ticker, Isin: isin, MarketValue: 1m)));

    [Theory]
    [InlineData("FUND A HOLDING", "a")]
    [InlineData("fund  a   holding", "a")]
    [InlineData("FUND B HOLDING", "b")]
    [InlineData("FUND C", "c")]
    [InlineData("FUND D HOLDING", null)]
    [InlineData("FUND A HOLDINGS", null)]
    [InlineData("FUND A", null)]
    [InlineData("FUND A HOLDING LTD", null)]
    public void Names_match_only_when_equal_apart_from_case_spacing_and_width(string name, string? fund) =>
        Assert.Equal(fund, Of(name));

    [Fact]
    public void Identifiers_come_before_names()
    {
        Assert.Equal("a", Of("FUND B HOLDING", isin: "GB00B03MLX29"));
        Assert.Equal("b", Of("FUND A HOLDING", ticker: "fb"));
        Assert.Equal("a", Of("Something else", ticker: "FA"));
    }

    [Fact]
    public void Without_a_portfolio_no_row_is_a_fund() =>
        Assert.Null(new NestedFunds(null).FundOf(SchemeFixture.Normaliser.Normalise(new HoldingRow(new SourceLocation("x.csv", 2), "FUND A HOLDING"))));

    [Theory]
    [InlineData("FUND A HOLDING", "FUND A HOLDING")]
    [InlineData(" Fund\tA  Holding ", "FUND A HOLDING")]
    [InlineData("ＦＵＮＤ Ａ", "FUND A")]
    [InlineData("   ", null)]
    public void Fund_name_keys_fold_only_case_spacing_and_width(string name, string? key) =>
        Assert.Equal(key, FundNames.Key(name));
}
