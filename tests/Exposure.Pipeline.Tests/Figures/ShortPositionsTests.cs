using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using static Exposure.Pipeline.Tests.Figures.BundledFigures;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>
/// Short positions in companies on the list: never value held, never netted against a holding, shown apart with the reason;
/// the fund's value still follows its rows, a short reducing it.
/// </summary>
public sealed class ShortPositionsTests
{
    private static Holding Row(int line, string name, decimal? value, string? direction = null, string? assetClass = null, decimal? notional = null) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", line), name, AssetClass: assetClass, Currency: "USD", MarketValue: value,
            Direction: direction, Notional: notional));

    private static FundMetadata Fund(string name, decimal? netAssets) =>
        new(name, MetadataOrigin.File, new DateOnly(2025, 5, 31), MetadataOrigin.File, netAssets, "test");

    /// <summary>Zijin long 3,000,000, ZTE as given, Tencent (not listed) 9,000,000.</summary>
    private static (ExposureReport Report, FundExposure Fund) LongShort(decimal? netAssets, decimal zteValue, string? zteDirection)
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Long Short", netAssets));
        fund.Add(Row(2, "ZIJIN MINING GROUP LTD H", 3_000_000m, zteDirection is null ? null : "Long"), RowState.Matched, Hit("zijin-mining"));
        fund.Add(Row(3, "ZTE CORP H", zteValue, zteDirection), RowState.Matched, Hit("zte"));
        fund.Add(Row(4, "TENCENT HOLDINGS LTD", 9_000_000m), RowState.Unmatched);
        var result = fund.Complete();
        builder.Add(result);
        return (builder.Build(Run, 0), result.Fund);
    }

    [Fact]
    public void A_short_the_file_states_is_not_netted_against_a_long_holding()
    {
        var (report, f) = LongShort(10_000_000m, -2_000_000m, "Short");

        Assert.Equal(3_000_000m, f.FlaggedValue);
        Assert.Equal(0.3m, f.FlaggedWeight);
        Assert.Equal(1, f.CompaniesFlagged);
        Assert.Equal(10_000_000m, f.SumOfRows);
        Assert.Equal(10_000_000m, f.ScreenedValue);
        var split = f.FlaggedByInstrument!;
        Assert.Equal((3_000_000m, 1), (split.Shares!.Value, split.ShareRows));
        Assert.Equal((2_000_000m, 1), (split.ShortValue!.Value, split.ShortRows));
        Assert.True(split.HasMoreThanShares);

        var zte = Assert.Single(report.Findings, x => x.CompanyId == "zte");
        Assert.Equal(("short", ShortEvidence.Direction, -2_000_000m), (zte.Direction, zte.ShortFrom, zte.Value!.Value));
        Assert.False(zte.IsHeld);
        Assert.Null(Assert.Single(report.Findings, x => x.CompanyId == "zijin-mining").Direction);

        Assert.Equal(["zijin-mining"], report.Companies.Select(c => c.Id));
        Assert.Equal(1, report.Summary.CompaniesFlagged);
        Assert.Equal(3_000_000m, report.Summary.FlaggedValue);
        var note = Assert.Single(report.Summary.Warnings, w => w.Code == "short-positions");
        Assert.Equal(f.Id, note.FundId);
        Assert.StartsWith("Long Short: a short position in ZTE Corporation of USD 2,000,000 is not counted as held: it is left out of the values held", note.Text);
        Assert.DoesNotContain("no direction", note.Text);
        Assert.Equal("Held: USD 3,000,000 in shares of named companies; USD 2,000,000 in 1 short position in them, not counted as held",
            "Held: " + Wording.Split(split, "USD"));
    }

    [Fact]
    public void A_negative_value_without_a_direction_is_shown_apart_and_the_sum_of_rows_keeps_it()
    {
        var (report, f) = LongShort(null, -2_000_000m, null);

        Assert.Equal(10_000_000m, f.FundValue);
        Assert.Equal(FundValueBasis.SumOfRows, f.FundValueBasis);
        Assert.Equal(3_000_000m, f.FlaggedValue);
        Assert.Equal(0.3m, f.FlaggedWeight);
        var zte = Assert.Single(report.Findings, x => x.CompanyId == "zte");
        Assert.Equal(("short", ShortEvidence.NegativeValue), (zte.Direction, zte.ShortFrom));
        var note = Assert.Single(report.Summary.Warnings, w => w.Code == "short-positions").Text;
        Assert.Contains("a short position in ZTE Corporation of USD 2,000,000 is not counted as held", note);
        Assert.Contains("The file gives no direction: a negative value in a company's shares or debt is read as a short position (or a liability line", note);
        Assert.Equal("shares, negative value with no direction given (a short position or a liability), not counted as held", Wording.Instrument(zte, "USD"));
    }

    [Fact]
    public void A_short_written_as_a_positive_size_reduces_the_sum_of_rows_and_is_not_added_to_what_is_held()
    {
        var (report, f) = LongShort(null, 2_000_000m, "Short");

        // 3,000,000 - 2,000,000 + 9,000,000
        Assert.Equal(10_000_000m, f.SumOfRows);
        Assert.Equal(10_000_000m, f.FundValue);
        Assert.Equal(3_000_000m, f.FlaggedValue);
        Assert.Equal(0.3m, f.FlaggedWeight);
        Assert.Equal(2_000_000m, f.FlaggedByInstrument!.ShortValue);
        Assert.Contains("The file writes its size as a positive amount beside a short direction: the sum of the rows counts it as reducing the fund's net assets.",
            Assert.Single(report.Summary.Warnings, w => w.Code == "short-positions").Text);
    }

    [Fact]
    public void A_short_in_a_related_company_or_to_review_is_left_out_of_those_values_and_a_long_in_the_same_company_stays_held()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Mixed", 1_000m));
        fund.Add(Row(2, "ZTE CORP H", 100m, "Long"), RowState.Matched, Hit("zte"));
        fund.Add(Row(3, "ZTE CORP H", -40m, "Short"), RowState.Matched, Hit("zte"));
        fund.Add(Row(4, "HON HAI", 50m), RowState.Related, Hit("hon-hai"));
        fund.Add(Row(5, "HON HAI", -30m, "SHORT"), RowState.Related, Hit("hon-hai"));
        fund.Add(Row(6, "DAHUA", -20m), RowState.NeedsReview, new MatchResult(MatchOutcome.NeedsReview, Reference.Company("dahua"), "test", 1, []));
        fund.Add(Row(7, "OTHER", 740m), RowState.Unmatched);
        var result = fund.Complete();
        builder.Add(result);
        var report = builder.Build(Run, 0);
        var f = result.Fund;

        Assert.Equal((100m, 0.1m), (f.FlaggedValue!.Value, f.FlaggedWeight!.Value));
        Assert.Equal((50m, 0.05m), (f.RelatedValue!.Value, f.RelatedWeight!.Value));
        Assert.Equal((0m, 0m), (f.ReviewValue!.Value, f.ReviewWeight!.Value));
        Assert.Equal(800m, f.SumOfRows);
        var zte = Assert.Single(report.Companies, c => c.Id == "zte");
        var holding = Assert.Single(zte.Holdings);
        Assert.Equal((100m, 1), (holding.Value!.Value, holding.Rows));
        Assert.Equal(100m, zte.TotalValue);
        var note = Assert.Single(report.Summary.Warnings, w => w.Code == "short-positions").Text;
        Assert.StartsWith("Mixed: short positions in ZTE Corporation of USD 40; in ", note);
        Assert.Contains(" of USD 30 (a related company)", note);
        Assert.Contains(" of USD 20 (to review)", note);
        Assert.Contains(" are not counted as held", note);
        Assert.Contains("For 1 row the file gives no direction", note);
    }

    [Fact]
    public void A_derivative_s_direction_stays_its_own_and_a_short_derivative_is_not_a_short_position()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Swaps", 1_000m));
        fund.Add(Row(2, "ZTE CORP TRS", -5m, "Short", "Swap", notional: 400m), RowState.Matched, Hit("zte"));
        fund.Add(Row(3, "ZIJIN MINING GROUP LTD H", 60m), RowState.Matched, Hit("zijin-mining"));
        var result = fund.Complete();
        builder.Add(result);
        var report = builder.Build(Run, 0);

        var swap = Assert.Single(report.Findings, x => x.CompanyId == "zte");
        Assert.Equal(InstrumentType.Derivative, swap.Instrument);
        Assert.Equal(("Short", (ShortEvidence?)null), (swap.Direction, swap.ShortFrom));
        Assert.Equal(0, result.Fund.FlaggedByInstrument!.ShortRows);
        // Its notional is a short derivative's, apart: never added to the notional of the others (none here).
        Assert.Equal((0m, 400m, 1), (result.Fund.FlaggedByInstrument.DerivativeNotional, result.Fund.FlaggedByInstrument.ShortNotional, result.Fund.FlaggedByInstrument.ShortDerivatives));
        Assert.DoesNotContain(report.Summary.Warnings, w => w.Code == "short-positions");
    }

    [Fact]
    public void Over_funds_the_short_positions_add_up_apart_from_the_values_held()
    {
        var builder = new ExposureBuilder(Reference);
        foreach (var (name, shortValue) in new[] { ("One", -20m), ("Two", -30m) })
        {
            var fund = builder.BeginFund("f.csv", Fund(name, 1_000m));
            fund.Add(Row(2, "ZIJIN MINING GROUP LTD H", 100m), RowState.Matched, Hit("zijin-mining"));
            fund.Add(Row(3, "ZTE CORP H", shortValue, "Short"), RowState.Matched, Hit("zte"));
            builder.Add(fund.Complete());
        }
        var report = builder.Build(Run, 0);

        Assert.Equal(200m, report.Summary.FlaggedValue);
        Assert.Equal((50m, 2), (report.Summary.FlaggedByInstrument!.ShortValue!.Value, report.Summary.FlaggedByInstrument.ShortRows));
        Assert.Equal(2, report.Summary.Warnings.Count(w => w.Code == "short-positions"));
        Assert.Equal(["zijin-mining"], report.Companies.Select(c => c.Id));
    }

    [Fact]
    public void A_short_of_unknown_value_is_counted_among_the_shorts_and_not_among_the_holdings_of_unknown_value()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Unknown Short", null));
        fund.Add(Row(2, "ZIJIN MINING GROUP LTD H", 3_000_000m), RowState.Matched, Hit("zijin-mining"));
        fund.Add(Row(3, "ZTE CORP H", null, "Short"), RowState.Matched, Hit("zte"));
        fund.Add(Row(4, "HON HAI", null, "Short"), RowState.Related, Hit("hon-hai"));
        fund.Add(Row(5, "TENCENT HOLDINGS LTD", 7_000_000m), RowState.Unmatched);
        var result = fund.Complete();
        builder.Add(result);
        var report = builder.Build(Run, 0);
        var f = result.Fund;

        Assert.Equal(UnknownValues.None, f.ValuesUnknown);
        Assert.Equal(UnknownValues.None, report.Summary.ValuesUnknown);
        Assert.DoesNotContain(report.Summary.Warnings, w => w.Code == "values-unknown");
        Assert.Equal((3_000_000m, 0.3m), (f.FlaggedValue!.Value, f.FlaggedWeight!.Value));
        var split = f.FlaggedByInstrument!;
        Assert.Equal((null, 1, 1), (split.ShortValue, split.ShortRows, split.ShortValuesUnknown));
        Assert.Equal("USD 3,000,000 in shares of named companies; 1 short position in them of unknown size, not counted as held", Wording.Split(split, "USD"));
        var note = Assert.Single(report.Summary.Warnings, w => w.Code == "short-positions").Text;
        Assert.StartsWith("Unknown Short: short positions in ", note);
        Assert.Contains("ZTE Corporation of unknown size", note);
        Assert.Contains("of unknown size (a related company)", note);
        Assert.Contains("The file gives no value that could be read, so their sizes are unknown: they are counted among the short positions, " +
            "not among the holdings whose value is unknown.", note);
    }

    [Fact]
    public void A_short_of_unknown_value_beside_one_of_known_value_is_said_as_one_of_unknown_size_and_a_long_of_unknown_value_stays_unknown()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Some Known", 1_000m));
        fund.Add(Row(2, "ZIJIN MINING GROUP LTD H", null), RowState.Matched, Hit("zijin-mining"));
        fund.Add(Row(3, "ZTE CORP H", -40m), RowState.Matched, Hit("zte"));
        fund.Add(Row(4, "ZTE CORP A", null, "short"), RowState.Matched, Hit("zte"));
        var result = fund.Complete();
        builder.Add(result);
        var report = builder.Build(Run, 0);

        // The long in Zijin is a holding of unknown value; the short in ZTE is not.
        Assert.Equal(new UnknownValues(1, 1, 0, 0, 0), result.Fund.ValuesUnknown);
        var split = result.Fund.FlaggedByInstrument!;
        Assert.Equal((40m, 2, 1), (split.ShortValue!.Value, split.ShortRows, split.ShortValuesUnknown));
        Assert.EndsWith("; USD 40 in 2 short positions in them (1 of unknown size), not counted as held", Wording.Split(split, "USD"));
        Assert.Contains("the size of 1 short position is unknown", Assert.Single(report.Summary.Warnings, w => w.Code == "short-positions").Text);
    }

    [Fact]
    public void A_company_only_short_and_awaiting_review_is_a_short_to_review_not_a_company_held_in_review()
    {
        var builder = new ExposureBuilder(Reference);
        var fund = builder.BeginFund("f.csv", Fund("Review Short", 1_000m));
        fund.Add(Row(2, "DAHUA", -20m, "Short"), RowState.NeedsReview, Hit("dahua", MatchOutcome.NeedsReview));
        fund.Add(Row(3, "ZTE CORP H", null, "Short"), RowState.NeedsReview, Hit("zte", MatchOutcome.NeedsReview));
        fund.Add(Row(4, "HIKVISION", 30m), RowState.NeedsReview, Hit("hikvision", MatchOutcome.NeedsReview));
        fund.Add(Row(5, "OTHER", 990m), RowState.Unmatched);
        var result = fund.Complete();
        builder.Add(result);
        var report = builder.Build(Run, 0);

        // Hikvision is held and awaits review; Dahua and ZTE are shorts awaiting review.
        Assert.Equal(1, report.Summary.CompaniesInReview);
        Assert.Equal(30m, report.Summary.ReviewValue);
        Assert.Equal(UnknownValues.None, report.Summary.ValuesUnknown);
        Assert.Equal(3, report.Summary.Lines.NeedsReview);
        var note = Assert.Single(report.Summary.Warnings, w => w.Code == "short-positions").Text;
        Assert.Contains("Zhejiang Dahua Technology Co., Ltd. of USD 20 (to review)", note);
        Assert.Contains("ZTE Corporation of unknown size (to review)", note);
    }
}
