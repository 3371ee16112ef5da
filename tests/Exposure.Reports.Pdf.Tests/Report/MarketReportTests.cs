using System.Globalization;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// A market of funds from SEC N-PORT data sets in the PDF: the market's section with the model's figures, every table
/// bounded with a line saying how many more rows there are and where they are, the pages few, and every text tagged.
/// </summary>
public sealed class MarketReportTests(ITestOutputHelper output)
{
    private const int Funds = 300;
    private const int Registrants = 40;

    private static readonly Lazy<ExposureReport> TwoQuarters = new(() => Run(RepoPaths.NportDataSet(), RepoPaths.NportDataSet("nport-dataset-2026q3")));

    private static readonly Lazy<ExposureReport> Large = new(() =>
    {
        using var temp = new TempFolder();
        return Run(NportMarket.Write(Path.Combine(temp.Path, "q2"), Funds, Registrants), NportMarket.Write(Path.Combine(temp.Path, "q3"), Funds, Registrants, quarter: 3));
    });

    private static ExposureReport Run(params string[] dataSets)
    {
        using var temp = new TempFolder();
        return ExposureRun.Execute(new RunRequest(dataSets.Select(d => new HoldingsInput(d, Path.GetFileName(d))).ToList(), RepoPaths.ReferenceData,
            temp.Path, [], "test")).Report;
    }

    private static LayoutResult Layout(ExposureReport report) =>
        new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(report).Layout();

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A count the model may not know (a company none of whose holders was compared): "not given", as the tables write it.</summary>
    private static string Count(int? n) => n is { } known ? Count(known) : Wording.NotGiven;

    private static string Money(decimal? value) => "USD " + Math.Round(value!.Value, 0, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture);

    [Fact]
    public void One_fund_of_one_registrant_holds_the_company_the_verbs_agree_with_one()
    {
        var report = Run(RepoPaths.NportDataSet());
        var market = report.Market!;
        var widest = market.Companies.First(x => x.Basis == Core.Reference.Basis.Named && x.Funds > 0);
        Assert.Equal(1, widest.Funds);
        var summary = string.Join("\n", Blocks.ReadingText(Layouts.Between(Layout(report), ExecutiveSummarySection.Title, ChartsSection.Title)));

        Assert.Contains($"{widest.Name}: 1 fund filed by 1 registrant holds it", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(" hold it", summary, StringComparison.Ordinal);
        Assert.Contains(market.Summary.Funds == 1 ? "by its latest report" : "each by its latest report", summary, StringComparison.Ordinal);
        if (market.Summary.Funds == 1)
        {
            Assert.Contains("who files it.", summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Two_quarters_give_the_market_s_figures_entries_and_exits_as_the_model_has_them()
    {
        var report = TwoQuarters.Value;
        var market = report.Market!;
        var layout = Layout(report);
        Assert.Empty(Blocks.Untagged(layout.Pages.SelectMany(p => p.Blocks)));
        Layouts.AssertInsideBodies(layout);

        var text = Blocks.ReadingText(Layouts.Between(layout, MarketSection.Title, SummarySection.Title));
        var s = market.Summary;
        Assert.Contains($"Funds screened, each counted once | {Count(s.Funds)} ({Count(s.Reports)} reports in all)", text);
        Assert.Contains($"Value in companies named by a source (flagged), share of fund values | {Money(s.FlaggedValue)} (0.864%)", text);
        Assert.Contains("Entries and exits between reports | 2 entries and 1 exit across 2 funds with reports of two or more dates", text);
        Assert.Equal(0.864m, Math.Round(s.FlaggedShare!.Value * 100, 3));

        // Every registrant, company and largest holding is a row with the model's figures.
        foreach (var r in market.Registrants)
        {
            Assert.Contains(text, l => l.StartsWith(r.Registrant, StringComparison.Ordinal) &&
                l.EndsWith($"| {Count(r.Funds)} | {Count(r.FundsHoldingNamed)} | {Count(r.CompaniesHeld)} | {Money(r.NetAssets)[4..]} | {Money(r.FlaggedValue)[4..]} | {Money(r.RelatedValue)[4..]}", StringComparison.Ordinal));
        }

        foreach (var c in market.Companies)
        {
            Assert.Contains(text, l => l.StartsWith(c.Name, StringComparison.Ordinal) &&
                l.EndsWith($"| {Count(c.Funds)} | {Count(c.Registrants)} | {Money(c.Value)[4..]} | {Count(c.Entries)} | {Count(c.Exits)}", StringComparison.Ordinal));
        }

        Assert.Equal(market.LargestHoldings.Count, text.Count(l => market.LargestHoldings.Any(h => l.StartsWith(h.FundName, StringComparison.Ordinal) && l.Contains(h.CompanyName, StringComparison.Ordinal))));
        var entered = Layouts.Between(layout, MarketSection.ChangesTitle, SummarySection.Title);
        Assert.Contains(Blocks.ReadingText(entered), l => l.StartsWith("Hangzhou Hikvision Digital Technology Co., Ltd.", StringComparison.Ordinal) && l.EndsWith("| 1 | 1 | 1", StringComparison.Ordinal));

        // The funds table gives each fund by its latest report, and says where the earlier ones are.
        var funds = Blocks.ReadingText(Layouts.Between(layout, FundsSection.Title, "Flagged value by category of allegation"));
        Assert.Equal(market.Funds.Select(f => f.Name), funds.Where(l => market.Funds.Any(f => l.StartsWith(f.Name + " ", StringComparison.Ordinal))).Select(l => market.Funds.First(f => l.StartsWith(f.Name + " ", StringComparison.Ordinal)).Name));
        Assert.Contains($"2 earlier reports of these funds are not listed here; {MarketWording.FundsWhere}.", funds);

        // The cover's contents lead to the market, and the executive summary's tiles are the market's.
        Assert.Contains(layout.Outline, o => o.Entry.Title == MarketSection.Title && o.Entry.Level == 1);
        var summary = Blocks.ReadingText(Layouts.Between(layout, ExecutiveSummarySection.Title, ChartsSection.Title));
        Assert.Contains(summary, l => l.Contains($"{Count(s.FundsHoldingNamed)} of {Count(s.Funds)}", StringComparison.Ordinal));
        Assert.Contains(summary, l => l.Contains("2 / 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_market_of_hundreds_of_funds_bounds_every_table_and_says_where_every_row_is()
    {
        var report = Large.Value;
        var market = report.Market!;
        Assert.Equal((Funds, 2 * Funds, Registrants), (market.Summary.Funds, market.Summary.Reports, market.Summary.Registrants));
        var layout = Layout(report);
        output.WriteLine($"{layout.PageCount} pages for {Funds} funds in two quarters");
        Assert.Empty(Blocks.Untagged(layout.Pages.SelectMany(p => p.Blocks)));
        Layouts.AssertInsideBodies(layout);
        Assert.Equal(0, layout.OversizedBlocks);
        Assert.InRange(layout.PageCount, 10, 45);

        // The funds table: the 25 funds with the most value in named companies, by their latest report, then where the rest are.
        var funds = Blocks.ReadingText(Layouts.Between(layout, FundsSection.Title, CompaniesSection.Title));
        var listed = MarketLayout.FundsInOrder(report);
        Assert.All(listed.Take(MarketLayout.Rows), f => Assert.Contains(funds, l => l.StartsWith(f.Name, StringComparison.Ordinal)));
        Assert.All(listed.Skip(MarketLayout.Rows), f => Assert.DoesNotContain(funds, l => l.StartsWith(f.Name + " ", StringComparison.Ordinal)));
        Assert.Contains($"The first 25 of {Count(Funds)} funds are shown; {MarketWording.FundsWhere}.", funds);

        var marketText = Blocks.ReadingText(Layouts.Between(layout, MarketSection.Title, SummarySection.Title));
        Assert.Contains($"The first 25 of {Count(Registrants)} registrants are shown; {MarketWording.RegistrantsWhere}.", marketText);
        Assert.Equal(MarketLayout.Rows, market.Registrants.Take(MarketLayout.Rows).Count(r => marketText.Any(l => l.StartsWith(r.Registrant, StringComparison.Ordinal))));
        Assert.DoesNotContain(marketText, l => l.StartsWith(market.Registrants[^1].Registrant, StringComparison.Ordinal));
        Assert.Contains($"{Count(market.Summary.Entries!.Value)} entries and {Count(market.Summary.Exits!.Value)} exits across {Count(Funds)} funds with reports of two or more dates",
            string.Join("\n", marketText), StringComparison.Ordinal);

        // The findings: a table for each of the first 25 funds' latest reports only, and where every other finding is.
        var findings = Blocks.ReadingText(Layouts.Between(layout, FindingsSection.HeldTitle, FindingsSection.ReviewTitle));
        var withFindings = report.Findings.Select(f => f.FundId).Distinct().Count();
        Assert.Contains($"The latest reports of the first 25 funds are shown, of {Count(withFindings)} fund reports with matched or related holdings; {MarketWording.FindingsWhere}.", findings);

        // Companies are profiled only as the market lists them; a profile lists at most ten holders.
        var profiled = MarketLayout.ProfiledCompanies(report);
        Assert.Equal(profiled.Select(c => c.NameEn), layout.Outline.Where(o => o.Entry.Level == 2 && report.Companies.Any(c => c.NameEn == o.Entry.Title)).Select(o => o.Entry.Title));
        var companies = Blocks.ReadingText(Layouts.Between(layout, CompaniesSection.Title, FindingsSection.HeldTitle));
        var hikvision = market.Companies.Single(c => c.CompanyId == "hikvision");
        Assert.Contains($"The first 10 of {Count(hikvision.Funds)} funds holding it are shown; {MarketWording.HoldersWhere}.", companies);
    }

    [Fact]
    public void A_market_s_table_of_25_funds_takes_a_few_pages_its_lines_by_state_giving_the_states_that_have_lines()
    {
        var report = Large.Value;
        var layout = Layout(report);
        var from = layout.Outline.Single(o => o.Entry.Title == FundsSection.Title).Page;
        var to = layout.Pages.First(p => p.Info.Number > from && p.Blocks.Any(b => Blocks.TextOf(b.Block).StartsWith($"The first 25 of {Count(Funds)} funds are shown", StringComparison.Ordinal))).Info.Number;
        output.WriteLine($"funds table on pages {from} to {to}");
        Assert.InRange(to - from, 0, 3);

        var funds = string.Join(" ", Blocks.ReadingText(Layouts.Between(layout, FundsSection.Title, CompaniesSection.Title)));
        Assert.DoesNotContain(" 0 rejected", funds, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 related", funds, StringComparison.Ordinal);
        Assert.Contains(" lines in all", funds, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_is_not_a_market_lists_every_fund()
    {
        Assert.False(MarketLayout.Applies(Reports.Illustrative));
        Assert.False(MarketLayout.Applies(Reports.Scheme));
        Assert.Same(Reports.Illustrative.Companies, MarketLayout.ProfiledCompanies(Reports.Illustrative));
    }
}
