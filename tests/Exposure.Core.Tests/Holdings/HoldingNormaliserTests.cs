using Exposure.Core.Holdings;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Holdings;

/// <summary>The normalise stage: what a row becomes before any list is looked at.</summary>
public sealed class HoldingNormaliserTests
{
    private static readonly HoldingNormaliser Normaliser = new(BundledReference.Value.Exchanges);

    private static Holding Of(string? name, string? ticker = null, string? exchange = null, string? isin = null, string? country = null, string? assetClass = null) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", 1), name, ticker, exchange, isin, AssetClass: assetClass, Country: country));

    [Fact]
    public void The_key_carries_the_exchange_as_a_mic_and_the_code_in_its_canonical_form()
    {
        var h = Of(" Zte Corp H ", "763", "Hong Kong Exchanges And Clearing Ltd", country: "China");
        Assert.Equal(new SecurityKey(null, "XHKG", "763", "ZTE CORP H", "CN"), h.Key);
        Assert.Equal("XHKG", h.Exchange?.Mic);
        Assert.Equal("763", h.TickerOnExchange);
    }

    [Fact]
    public void An_unknown_exchange_leaves_the_code_as_written()
    {
        var h = Of("SOMETHING", "abc", "Moon Exchange");
        Assert.Null(h.Exchange);
        Assert.Null(h.TickerOnExchange);
        Assert.Equal("ABC", h.Key.Ticker);
    }

    [Theory]
    [InlineData("763 HK", null)]
    [InlineData("0763.HK", null)]
    [InlineData("HKG:0763", null)]
    [InlineData("763 HK Equity", "Hong Kong Exchanges And Clearing Ltd")]
    [InlineData("0763.HK", "XHKG")]
    public void A_ticker_that_carries_its_exchange_is_keyed_as_with_an_exchange_column(string ticker, string? exchange)
    {
        var h = Of("ZTE CORP H", ticker, exchange);
        Assert.Equal("XHKG", h.Exchange?.Mic);
        Assert.Equal("763", h.TickerOnExchange);
        Assert.Equal(Of("ZTE CORP H", "763", "Hong Kong Exchanges And Clearing Ltd").Key, h.Key);
    }

    [Fact]
    public void A_ticker_whose_exchange_differs_from_the_exchange_column_is_not_split()
    {
        var h = Of("ZTE CORP H", "0763.HK", "New York Stock Exchange");
        Assert.Equal("XNYS", h.Exchange?.Mic);
        Assert.Equal("0763.HK", h.Key.Ticker);
    }

    [Theory]
    [InlineData("CNE1 0000 04Y2", "CNE1000004Y2", true)]
    [InlineData(" cne100000pm8 ", "CNE100000PM8", true)]
    [InlineData("CNE100000PM9", "CNE100000PM9", false)]
    [InlineData("", null, false)]
    public void The_isin_is_upper_cased_and_checked(string isin, string? key, bool valid)
    {
        var h = Of("HIKVISION", isin: isin);
        Assert.Equal(key, h.Key.Isin);
        Assert.Equal(valid, h.IsinIsValid);
    }

    [Theory]
    [InlineData("Equity", InstrumentType.Equity, false)]
    [InlineData("Cash", InstrumentType.Other, true)]
    [InlineData("Futures", InstrumentType.Derivative, true)]
    [InlineData("Fixed Income", InstrumentType.Debt, false)]
    [InlineData("Money Market", InstrumentType.Other, true)]
    [InlineData("Equity Derivatives", InstrumentType.Derivative, false)]
    [InlineData("Preferred Stock", InstrumentType.Equity, false)]
    [InlineData("Rights/Warrants", InstrumentType.Other, false)]
    [InlineData("Something new", InstrumentType.Equity, false)]
    public void The_instrument_type_comes_from_the_asset_class(string assetClass, InstrumentType type, bool excluded)
    {
        var h = Of("X", assetClass: assetClass);
        Assert.Equal(type, h.Instrument);
        Assert.Equal(excluded, h.ExclusionReason is not null);
        Assert.Equal(!excluded, h.IsScreened);
    }

    [Fact]
    public void The_name_is_normalised_once_on_first_use()
    {
        var h = Of("Hangzhou Hikvision Digital Technology Co., Ltd. A");
        Assert.Same(h.Name, h.Name);
        Assert.Equal("HANGZHOU HIKVISION DIGITAL TECHNOLOGY", h.Name.Text);
        Assert.True(Of(null).Name.IsEmpty);
    }

    private static Holding Under(string heading, string name, string? ticker = null, string? exchange = null, string? isin = null, string? assetClass = null) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", 16), name, ticker, exchange, isin, AssetClass: assetClass, Section: new SectionHeading(heading, 15)));

    [Fact]
    public void A_row_under_a_cash_heading_is_cash_with_the_heading_and_its_line_as_the_reason()
    {
        var h = Under("Cash", "US DOLLAR", "USD");
        Assert.Equal(Exclusion.Cash, h.Classification.Exclusion);
        Assert.Equal("cash (under the section heading 'Cash' on line 15)", h.ExclusionReason);
        // The same row with no heading is screened.
        Assert.Null(Of("US DOLLAR", "USD").ExclusionReason);
    }

    [Fact]
    public void Under_a_derivatives_heading_an_index_future_is_excluded_and_a_swap_on_a_company_screened()
    {
        Assert.Equal(Exclusion.IndexDerivative, Under("Derivatives", "S&P500 EMINI MAR 25", "ESH5").Classification.Exclusion);
        Assert.Equal(Exclusion.NoCompanyIssuer, Under("Futures", "XYZ MAR 25").Classification.Exclusion);
        var swap = Under("Derivatives", "TENCENT HOLDINGS TRS");
        Assert.Null(swap.ExclusionReason);
        Assert.Equal(InstrumentType.Derivative, swap.Instrument);
    }

    [Theory]
    [InlineData("ZIJIN MINING GROUP CO LTD H", null, null, "CNE100000502")]
    [InlineData("ZIJIN MINING GROUP CO LTD H", "2899", "Hong Kong Exchanges And Clearing Ltd", null)]
    public void A_row_under_a_cash_heading_that_names_a_listed_security_is_screened(string name, string? ticker, string? exchange, string? isin)
    {
        var h = Under("Cash", name, ticker, exchange, isin);
        Assert.Null(h.ExclusionReason);
        Assert.Equal(InstrumentType.Equity, h.Instrument);
    }

    [Fact]
    public void A_row_s_asset_class_goes_before_the_heading_it_stands_under()
    {
        Assert.Null(Under("Cash", "ALPHA AG", assetClass: "Equity").ExclusionReason);
        Assert.Null(Under("Equity", "US DOLLAR").ExclusionReason);
    }
}
