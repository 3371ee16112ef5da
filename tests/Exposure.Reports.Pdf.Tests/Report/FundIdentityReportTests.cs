using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// Two funds of one name from different registrants, in two quarters: the PDF names each with its registrant wherever it
/// names a fund, and draws each fund's reports over time as a group of its own.
/// </summary>
public sealed class FundIdentityReportTests(ITestOutputHelper output)
{
    private const string Trust0 = NportMarket.SharedName + " (Example Trust 000)";
    private const string Trust1 = NportMarket.SharedName + " (Example Trust 001)";

    private static readonly Lazy<(ExposureReport Report, LayoutResult Layout)> SameNamed = new(() =>
    {
        using var temp = new TempFolder();
        var dataSets = NportMarket.WriteSameNamed(Path.Combine(temp.Path, "data"));
        var report = ExposureRun.Execute(new RunRequest(dataSets.Select(d => new HoldingsInput(d, Path.GetFileName(d))).ToList(), RepoPaths.ReferenceData,
            Path.Combine(temp.Path, "out"), [], "test")).Report;
        return (report, new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(report).Layout());
    });

    private static List<string> Text(string from, string? to) => Blocks.ReadingText(Layouts.Between(SameNamed.Value.Layout, from, to)).ToList();

    [Fact]
    public void The_funds_table_where_the_company_is_held_and_the_matched_holdings_name_each_fund_with_its_registrant()
    {
        // The funds table: a row for each fund's latest report, its name over its file.
        var funds = Text(FundsSection.Title, CompaniesSection.Title).Where(l => l.Contains(" q3/FUND_REPORTED_", StringComparison.Ordinal)).ToList();
        output.WriteLine(string.Join("\n", funds));
        Assert.Single(funds, l => l.StartsWith(Trust0 + " q3/", StringComparison.Ordinal));
        Assert.Single(funds, l => l.StartsWith(Trust1 + " q3/", StringComparison.Ordinal));
        Assert.DoesNotContain(funds, l => l.StartsWith(NportMarket.SharedName + " q3/", StringComparison.Ordinal));

        // Hikvision is held in July only by the fund of Example Trust 001; the fund of Example Trust 000 sold it.
        var companies = Text(CompaniesSection.Title, FindingsSection.HeldTitle);
        var held = companies.SkipWhile(l => !l.StartsWith("Where Hangzhou Hikvision", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("Allegations", StringComparison.Ordinal)).ToList();
        output.WriteLine(string.Join("\n", held));
        Assert.Single(held, l => l.StartsWith(Trust1 + " | 2026-07-31", StringComparison.Ordinal));
        Assert.DoesNotContain(held, l => l.StartsWith(NportMarket.SharedName + " |", StringComparison.Ordinal));

        var findings = Text(FindingsSection.HeldTitle, FindingsSection.ReviewTitle);
        Assert.Contains(Trust0, findings);
        Assert.Contains(Trust1, findings);
        Assert.DoesNotContain(NportMarket.SharedName, findings);
    }

    [Fact]
    public void Over_time_draws_each_of_two_same_named_funds_as_its_own_group_of_two_dates()
    {
        // The chart reads as each group's name, then a line for each of its dates.
        var chart = Text("Over time", null).TakeWhile(l => !l.StartsWith("Each fund's holdings file", StringComparison.Ordinal)).ToList();
        output.WriteLine(string.Join("\n", chart));
        Assert.Equal([Trust0, Trust1], chart.Where(l => l.StartsWith(NportMarket.SharedName, StringComparison.Ordinal)).Order());
        foreach (var fund in new[] { Trust0, Trust1 })
        {
            var dates = chart.SkipWhile(l => l != fund).Skip(1).Take(2).Select(l => l.Split(' ')[0]);
            Assert.Equal(["2026-04-30", "2026-07-31"], dates);
        }

        // The fund of Example Trust 000 sold Hikvision by July: its weight falls; that of Example Trust 001 holds.
        Assert.Equal(["2026-04-30 0.800%", "2026-07-31 0.300%"], chart.SkipWhile(l => l != Trust0).Skip(1).Take(2));
    }
}
