using Exposure.Core.Holdings;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

/// <summary>
/// A derivative's notional stated in another currency than the fund's is never added to the fund's notional: with none in
/// the fund's currency, the notional is unknown (null), never 0, and the split counts why.
/// </summary>
public sealed class InstrumentSplitTests
{
    private static HoldingFinding Row(InstrumentType instrument, decimal? value, decimal? notional = null, string? notionalCurrency = null) =>
        new("asia-equity", "q2/FUND_REPORTED_HOLDING.tsv", 2, RowState.Matched, "Total return swap on Hikvision A", null, null, null, null, null,
            "TOTAL RETURN SWAP ON HIKVISION A", value, 0.01m, "hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd.", Basis.Named, "reference-isin", 1.0, [], null,
            Instrument: instrument, Notional: notional, NotionalCurrency: notionalCurrency);

    [Fact]
    public void With_every_notional_in_another_currency_the_notional_is_unknown_and_the_rows_say_why()
    {
        var split = InstrumentSplit.Of([Row(InstrumentType.Equity, 500_000m), Row(InstrumentType.Derivative, 12_000m, 900_000m, "CNY"), Row(InstrumentType.Derivative, 3_000m, 100_000m, "HKD")]);

        Assert.Null(split.DerivativeNotional);
        Assert.Equal((2, 2, 0), (split.DerivativeRows, split.NotionalInOtherCurrency, split.NotionalUnknown));
        Assert.Equal(500_000m, split.Shares);
        Assert.Equal("2 notionals stated in another currency", Wording.NotionalsNotAdded(split));
        var words = Wording.Split(split, "USD");
        Assert.DoesNotContain("USD 0", words, StringComparison.Ordinal);
        Assert.Contains("2 derivatives on them, not added to the value held (2 notionals are stated in another currency, not added: see the holdings)", words, StringComparison.Ordinal);
    }

    [Fact]
    public void With_some_notionals_in_the_fund_s_currency_the_notional_is_theirs_and_the_others_are_counted_as_left_out()
    {
        var split = InstrumentSplit.Of([Row(InstrumentType.Derivative, 12_000m, 900_000m), Row(InstrumentType.Derivative, 3_000m, 100_000m, "CNY"), Row(InstrumentType.Derivative, 1_000m)]);

        Assert.Equal(900_000m, split.DerivativeNotional);
        Assert.Equal((3, 1, 1), (split.DerivativeRows, split.NotionalInOtherCurrency, split.NotionalUnknown));
        Assert.Equal("1 notional stated in another currency and 1 notional not given", Wording.NotionalsNotAdded(split));
        Assert.Contains("USD 900,000 notional in 3 derivatives on them, not added to the value held (1 notional is not given) (1 notional is stated in another currency",
            Wording.Split(split, "USD"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_holding_of_unknown_value_makes_its_instrument_and_the_value_held_lower_bounds_and_they_say_so()
    {
        var split = InstrumentSplit.Of([Row(InstrumentType.Equity, 500_000m), Row(InstrumentType.Equity, null), Row(InstrumentType.Debt, 200_000m)]);

        Assert.Equal((1, 0, 0, 1), (split.SharesUnknown, split.BondsUnknown, split.OtherUnknown, split.HeldUnknown));
        Assert.Equal(500_000m, split.Shares);
        Assert.Equal("at least USD 700,000 in shares and bonds of named companies (at least USD 500,000 in shares, USD 200,000 in bonds)",
            Wording.Split(split, "USD"));
        Assert.Equal((2, 2), (split.Plus(split).SharesUnknown, split.Plus(split).HeldUnknown));

        var known = InstrumentSplit.Of([Row(InstrumentType.Equity, 500_000m), Row(InstrumentType.Debt, 200_000m)]);
        Assert.Equal("USD 700,000 in shares and bonds of named companies (USD 500,000 in shares, USD 200,000 in bonds)", Wording.Split(known, "USD"));
    }

    [Fact]
    public void Without_derivatives_the_notional_is_0_and_nothing_is_left_out()
    {
        var split = InstrumentSplit.Of([Row(InstrumentType.Equity, 500_000m)]);

        Assert.Equal(0m, split.DerivativeNotional);
        Assert.Equal((0, 0), (split.NotionalInOtherCurrency, split.NotionalUnknown));
        Assert.Equal("", Wording.NotionalsNotAdded(split));
    }

    [Fact]
    public void Funds_added_up_keep_the_notional_unknown_only_where_no_fund_knows_one()
    {
        var abroad = InstrumentSplit.Of([Row(InstrumentType.Derivative, 12_000m, 900_000m, "CNY")]);
        var home = InstrumentSplit.Of([Row(InstrumentType.Derivative, 5_000m, 400_000m)]);

        Assert.Null(abroad.Plus(abroad).DerivativeNotional);
        Assert.Equal(2, abroad.Plus(abroad).NotionalInOtherCurrency);
        var both = abroad.Plus(home);
        Assert.Equal(400_000m, both.DerivativeNotional);
        Assert.Equal((2, 1), (both.DerivativeRows, both.NotionalInOtherCurrency));
        Assert.Null(abroad.Times(0.5m).DerivativeNotional);
    }
}
