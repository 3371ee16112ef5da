using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>What the report says beside the figures when a fund's date or name is not the file's own statement.</summary>
public sealed class FundMetadataWarningsTests
{
    private static readonly ReferenceData Reference = BundledReference.Value;
    private static readonly HoldingNormaliser Normaliser = new(Reference.Exchanges);

    private static RunInfo Run(params InputFile[] inputs) =>
        new("test", Reference.Version, Matcher.AlgorithmVersion, null, inputs, new(0, 0, 0, 0), 0.01m, null);

    private static ExposureReport Report(RunInfo run, params FundMetadata[] funds)
    {
        var builder = new ExposureBuilder(Reference);
        foreach (var (metadata, i) in funds.Select((f, i) => (f, i)))
        {
            var fund = builder.BeginFund($"f{i}.csv", metadata);
            fund.Add(Normaliser.Normalise(new HoldingRow(new SourceLocation($"f{i}.csv", 2), "ZIJIN MINING", Currency: "USD", MarketValue: 50m)),
                RowState.Matched, new MatchResult(MatchOutcome.Match, Reference.Company("zijin-mining"), "test", 1, []));
            fund.Add(Normaliser.Normalise(new HoldingRow(new SourceLocation($"f{i}.csv", 3), "OTHER", Currency: "USD", MarketValue: 950m)), RowState.Unmatched);
            builder.Add(fund.Complete());
        }

        return builder.Build(run, 2);
    }

    private static FundMetadata FromFileOnly(string file) => FundMetadata.FromFile(file, null, null, null, "test");

    [Fact]
    public void A_fund_without_a_date_or_a_name_of_its_own_gets_one_warning_for_each_that_says_how_to_give_it()
    {
        var report = Report(Run(), FromFileOnly("EEM_holdings_2025-01_trimmed.csv"));

        var fund = Assert.Single(report.Funds);
        var date = Assert.Single(report.Summary.Warnings, w => w.Code == "date-unknown");
        Assert.Equal(fund.Id, date.FundId);
        Assert.StartsWith("EEM_holdings_2025-01_trimmed: the date of the holdings is unknown", date.Text, StringComparison.Ordinal);
        Assert.Contains("allegations dated after the holdings could not be told apart", date.Text, StringComparison.Ordinal);
        Assert.Contains("--as-of YYYY-MM-DD", date.Text, StringComparison.Ordinal);

        var name = Assert.Single(report.Summary.Warnings, w => w.Code == "name-from-file");
        Assert.Equal(fund.Id, name.FundId);
        Assert.Contains("taken from its file name", name.Text, StringComparison.Ordinal);
        Assert.Contains("--fund-name", name.Text, StringComparison.Ordinal);
        // The company held has allegations, but with no date for the holdings none is said to be later than them.
        Assert.DoesNotContain(report.Summary.Warnings, w => w.Code == "allegations-after-holdings");
    }

    [Fact]
    public void Several_undated_funds_are_named_in_one_warning_per_cause()
    {
        var report = Report(Run(), FromFileOnly("a.csv"), FromFileOnly("b.csv"), FundMetadata.FromFile("c.csv", "Fund C", new DateOnly(2025, 3, 31), null, "test"));

        var date = Assert.Single(report.Summary.Warnings, w => w.Code == "date-unknown");
        Assert.Null(date.FundId);
        Assert.StartsWith("2 funds (a, b): ", date.Text, StringComparison.Ordinal);
        Assert.Contains("--as-of FILE=YYYY-MM-DD", date.Text, StringComparison.Ordinal);
        var name = Assert.Single(report.Summary.Warnings, w => w.Code == "name-from-file");
        Assert.StartsWith("2 funds (a, b): ", name.Text, StringComparison.Ordinal);
        Assert.Contains("--fund-name FILE=NAME", name.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fund_whose_file_states_its_name_and_date_gets_neither_warning()
    {
        var report = Report(Run(), FundMetadata.FromFile("a.csv", "Fund A", new DateOnly(2025, 1, 31), null, "test"));

        Assert.DoesNotContain(report.Summary.Warnings, w => w.Code is "date-unknown" or "name-from-file");
    }

    [Fact]
    public void A_date_and_name_given_on_the_command_line_count_as_known()
    {
        var given = FromFileOnly("a.csv") with { Name = "Fund A", NameFrom = MetadataOrigin.CommandLine, AsOf = new DateOnly(2025, 1, 31), AsOfFrom = MetadataOrigin.CommandLine };

        var report = Report(Run(), given);

        Assert.DoesNotContain(report.Summary.Warnings, w => w.Code is "date-unknown" or "name-from-file");
    }

    [Fact]
    public void In_a_scheme_the_warning_does_not_point_to_a_command_line_option_the_scheme_cannot_take()
    {
        var report = Report(Run(new InputFile("scheme.json", "portfolio", new string('0', 64), 10, 1)), FromFileOnly("a.csv"));

        var date = Assert.Single(report.Summary.Warnings, w => w.Code == "date-unknown");
        Assert.DoesNotContain("--as-of", date.Text, StringComparison.Ordinal);
        var name = Assert.Single(report.Summary.Warnings, w => w.Code == "name-from-file");
        Assert.Contains("portfolio file", name.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_other_sheets_of_holdings_gets_a_warning_naming_them_and_how_to_read_one()
    {
        var book = FundMetadata.FromFile("f0.csv", "Fund A", new DateOnly(2025, 1, 31), null, "Excel workbook (sheet 'Fund A')")
            with { OtherSheets = new OtherSheets("Fund A", ["Fund B", "Old"], ["Old"]) };

        var report = Report(Run(), book);
        var fund = Assert.Single(report.Funds);
        Assert.Equal(["Fund B", "Old"], fund.OtherSheets!.WithHoldings);
        var warning = Assert.Single(report.Summary.Warnings, w => w.Code == "other-sheets");
        Assert.Equal(fund.Id, warning.FundId);
        Assert.Equal(
            "Fund A: the workbook f0.csv has 2 other sheets with holdings: 'Fund B', 'Old' (hidden). Only 'Fund A' was read, so their holdings are not in the figures. " +
            "To screen another sheet, run again with --sheet NAME (the same workbook given twice is counted once).",
            warning.Text);

        var scheme = Report(Run(new InputFile("scheme.json", "portfolio", new string('0', 64), 10, 1)), book);
        Assert.EndsWith(
            "To read another sheet instead, name it as the holding's \"sheet\" in the portfolio file (or run again with --sheet f0.csv=NAME); " +
            "to screen it as well, give it a holding of its own, with this workbook as its \"file\" and the sheet as its \"sheet\".",
            Assert.Single(scheme.Summary.Warnings, w => w.Code == "other-sheets").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Report(Run(), FromFileOnly("a.xlsx")).Summary.Warnings, w => w.Code == "other-sheets");
    }
}
