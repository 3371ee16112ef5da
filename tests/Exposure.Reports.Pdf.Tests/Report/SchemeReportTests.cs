using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Report;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>The portfolio view of the bundled illustrative scheme: every figure of the model's scheme view is in the PDF.</summary>
public sealed class SchemeReportTests(ITestOutputHelper output)
{
    private static readonly Lazy<(string All, IReadOnlyList<string> Scheme, Layout.LayoutResult Layout)> Rendered = new(() =>
    {
        var layout = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(Reports.Scheme).Layout();
        var all = Blocks.ReadingText(layout.Pages.SelectMany(p => p.Blocks).Select(b => b.Block));
        var scheme = Blocks.ReadingText(Layouts.Between(layout, PortfolioSection.Title, SummarySection.Title));
        return (string.Join("\n", all), scheme, layout);
    });

    private static PortfolioExposure Scheme => Reports.Scheme.Portfolio!;

    [Fact]
    public void The_scheme_summary_gives_the_models_figures()
    {
        var scheme = Rendered.Value.Scheme;
        var p = Scheme;
        var c = p.ReportCurrency;

        Assert.Contains($"Scheme | {p.Title}", scheme);
        Assert.Contains($"Report currency | {c}", scheme);
        Assert.Contains($"As of | {Typography.Date(p.AsOf)}", scheme);
        Assert.Contains($"Amount invested | {Typography.Money(p.TotalInvested, c)}", scheme);
        Assert.Contains($"Looked through to company level, share of amount invested | {Typography.Money(p.Coverage.LookedThrough, c)} ({Typography.Percent(p.Coverage.LookedThroughShare)})", scheme);
        // The sample's private credit fund has no holdings file: the scheme's values count only the rest, at least these.
        Assert.Equal(1, p.EntriesNotLookedThrough);
        Assert.Contains(scheme, l => l.StartsWith("Value in companies named by a source", StringComparison.Ordinal) && l.EndsWith($"| at least {Typography.Money(p.FlaggedValue, c)} (at least {Typography.Percent(p.FlaggedShare)})", StringComparison.Ordinal));
        Assert.Contains(scheme, l => l.StartsWith("Value in related companies", StringComparison.Ordinal) && l.EndsWith($"| at least {Typography.Money(p.RelatedValue, c)}", StringComparison.Ordinal));
        // Nothing awaits review in the holdings looked through: a lower bound of zero says nothing, so the value is unknown.
        Assert.Equal(0m, p.ReviewValue);
        Assert.Contains("Value awaiting review (not counted as flagged) | unknown: none in the holdings looked through", scheme);
        Assert.Contains($"What the flagged, related and review values cover | Each is {SchemeBounds.Scheme(p)}.", scheme);
    }

    [Fact]
    public void Each_company_s_profile_gives_the_scheme_s_value_looked_through()
    {
        var all = Rendered.Value.All.Split('\n');
        Assert.DoesNotContain(all, l => l.StartsWith("Value held, all funds", StringComparison.Ordinal));
        foreach (var company in Reports.Scheme.Companies)
        {
            var s = company.Scheme!;
            var row = Scheme.Companies.Where(x => x.CompanyId == company.Id).OrderBy(x => x.State == Core.Holdings.RowState.Matched ? 0 : 1).FirstOrDefault();
            // The figure of the scheme's table of companies, in the report currency, "at least" where it is a lower bound.
            var figure = row?.Value is { } v ? (s.AtLeast ? "at least " : "") + Typography.Money(v, Scheme.ReportCurrency) : Wording.NotGiven;
            Assert.Contains(all, l => l.StartsWith($"Value held by the scheme, looked through | {figure} (", StringComparison.Ordinal)
                && l.EndsWith("the holdings listed with it are each holdings file's own rows, in its fund's currency)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Each_company_s_profile_lists_the_scheme_s_paths_to_it_with_the_shares_and_rows_adding_up_to_its_value()
    {
        var all = Rendered.Value.All.Split('\n');
        var c = Scheme.ReportCurrency;
        foreach (var company in Reports.Scheme.Companies.Where(x => x.Scheme is { Through.Count: > 0 }))
        {
            var s = company.Scheme!;
            var profile = all.SkipWhile(l => l != Wording.SchemePathsTitle(company.NameEn)).Skip(1).TakeWhile(l => !l.StartsWith("The paths add up to", StringComparison.Ordinal)).ToList();
            output.WriteLine(string.Join("\n", profile));
            Assert.NotEmpty(profile);
            // A row per path: where it starts with what the scheme invests there, each step's share and rows, and its value.
            foreach (var path in s.Through!)
            {
                var value = path.Value is null ? Wording.Unknown : (path.ValueBound == Bound.AtLeast ? "at least " : "") + Typography.Amount(path.Value);
                var start = Squeezed($"{Wording.SchemePathEntry(path, c)} | {Wording.SchemePathSteps(path, company.NameEn)}");
                Assert.Contains(profile, l => Squeezed(l).StartsWith(start, StringComparison.Ordinal) && Squeezed(l).EndsWith(Squeezed($"| {value}"), StringComparison.Ordinal));
            }

            // Under them, what they add up to: the value the profile gives as held by the scheme, looked through.
            Assert.Equal(s.Value!.Value, s.Through!.Sum(p => p.Value ?? 0), 2);
            Assert.Contains(Wording.SchemePathsTotal(s), all);
        }

        // ZTE through the multi-asset fund of funds, as a reader checks it: the amount invested, the EM fund's share of the
        // fund of funds and ZTE's of the EM fund make the value shown.
        var zte = Reports.Scheme.Companies.Single(x => x.Id == "zte").Scheme!;
        var fof = zte.Through!.Single(p => p.Path == "multi-asset > em-equity");
        Assert.Equal(Scheme.Entries.Single(e => e.Id == "multi-asset").AmountInReportCurrency, fof.Invested);
        Assert.Equal(fof.Invested * fof.Funds![1].Weight * fof.HoldingWeight, fof.Value);
        Assert.Contains(all, l => Squeezed(l).StartsWith(Squeezed($"Illustrative Multi-Asset Fund, {Typography.Money(fof.Invested, c)} invested | {Typography.Percent(fof.Funds[1].Weight)} of it in Illustrative EM Equity Fund (multi-asset-2026-09.csv, line 5); {Typography.Percent(fof.HoldingWeight)} of that in ZTE Corporation (em-equity-2026-09.csv, line 8) | {Typography.Amount(fof.Value)}"), StringComparison.Ordinal));
    }

    /// <summary>A line of text without its spaces, so that where a cell wraps does not matter.</summary>
    private static string Squeezed(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));

    [Fact]
    public void Every_holding_and_manager_has_its_row()
    {
        var scheme = Rendered.Value.Scheme;
        foreach (var e in Scheme.Entries)
        {
            var amount = e.AmountInvested is null || e.Currency == Scheme.ReportCurrency
                ? Typography.Amount(e.AmountInReportCurrency)
                : $"{Typography.Amount(e.AmountInReportCurrency)} {Typography.Money(e.AmountInvested, e.Currency)}";
            var holding = $"{e.Name} {Words.Of(e.Kind)} · {e.Id} · {e.Manager}" + (e.NotLookedThrough is { } why ? $" not looked through: {why}" : "");
            var row = $"{holding} | {amount} | {Typography.Amount(e.LookedThrough)} | " +
                $"{Typography.Amount(e.FlaggedValue)} | {Typography.Percent(e.FlaggedShare)} | {Typography.Amount(e.RelatedValue)} | {Typography.Amount(e.ReviewValue)} | ";
            Assert.Contains(scheme, l => l.StartsWith(row, StringComparison.Ordinal));
        }

        // The fund with no holdings file: unknown, not 0, in its row and its manager's.
        var credit = Scheme.Entries.Single(e => e.NotLookedThrough is not null);
        Assert.Contains(scheme, l => l.StartsWith(credit.Name, StringComparison.Ordinal) && l.Contains("| unknown | unknown | unknown | unknown |", StringComparison.Ordinal));
        Assert.Contains($"{credit.Manager} | 1 | {Typography.Amount(credit.AmountInReportCurrency)} | unknown | unknown | unknown", scheme);

        foreach (var m in Scheme.Managers)
        {
            Assert.Contains($"{m.Manager} | {Typography.Count(m.Entries)} | {Typography.Amount(m.AmountInvested)} | {Typography.Amount(m.FlaggedValue)} | " +
                $"{Typography.Percent(m.FlaggedShare)} | {Typography.Amount(m.RelatedValue)}", scheme);
        }
    }

    [Fact]
    public void Coverage_lists_every_gap_with_its_path_reason_and_value()
    {
        var scheme = Rendered.Value.Scheme;
        Assert.NotEmpty(Scheme.Coverage.Gaps);
        Assert.Contains(scheme, l => l.Contains("Exposure in them is unknown, not zero.", StringComparison.Ordinal));
        foreach (var gap in Scheme.Coverage.Gaps)
        {
            Assert.Contains(scheme, l => l.EndsWith($"| {gap.Route} | {gap.Reason} | {Typography.Amount(gap.Value)}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_exposure_path_change_and_rate_is_listed()
    {
        var scheme = Rendered.Value.Scheme;
        foreach (var company in Scheme.Companies)
        {
            foreach (var path in company.Paths)
            {
                Assert.Contains(scheme, l => l.StartsWith(company.Name, StringComparison.Ordinal) &&
                    l.EndsWith($"| {path.Route} | {path.Manager} | {Typography.Amount(path.Value)} | {Typography.Percent(path.Weight)}", StringComparison.Ordinal));
            }
        }

        Assert.Contains("multi-asset > em-equity", string.Join("\n", scheme));
        Assert.NotEmpty(Scheme.Changes);
        foreach (var change in Scheme.Changes)
        {
            Assert.Contains(scheme, l => l.EndsWith(
                $"| {Typography.Date(change.FromAsOf)} {Typography.Date(change.ToAsOf)} | {change.CompanyName} | {Wording.Code(change.Change)} | " +
                $"{Typography.Percent(change.WeightBefore)} | {Typography.Percent(change.WeightAfter)}", StringComparison.Ordinal));
        }

        foreach (var rate in Scheme.FxRates)
        {
            Assert.Contains(scheme, l => l.StartsWith($"{rate.From} | {rate.To} | ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_scheme_has_its_bookmarks_and_the_charts_come_before_it()
    {
        var outline = Rendered.Value.Layout.Outline.Select(o => (o.Entry.Title, o.Entry.Level)).ToList();
        output.WriteLine(string.Join("\n", outline));

        Assert.Equal(
            ["Cover", "Executive summary", ChartsSection.Title, PortfolioSection.Title, "Summary", "Funds", "Companies held",
             "Matched and related holdings", "Holdings that need review", "Rejected lines", "Methodology and limits", "Disclaimer"],
            outline.Where(o => o.Level == 1).Select(o => o.Title));
        Assert.Equal(PortfolioSection.Parts, outline.SkipWhile(o => o.Title != PortfolioSection.Title).Skip(1).TakeWhile(o => o.Level == 2).Select(o => o.Title));
        Assert.Equal(
            ["By holding of the scheme", "By manager", "By company named by a source", "By category of allegation", "Over time"],
            outline.SkipWhile(o => o.Title != ChartsSection.Title).Skip(1).TakeWhile(o => o.Level == 2).Select(o => o.Title));
    }

    [Fact]
    public void The_over_time_chart_shows_the_flagged_weight_at_each_snapshot()
    {
        var charts = Blocks.ReadingText(Layouts.Between(Rendered.Value.Layout, "Over time", PortfolioSection.Title)).ToList();
        var snapshots = Reports.Scheme.Funds.Where(f => f.Name == "Illustrative EM Equity Fund").OrderBy(f => f.AsOf).ToList();
        output.WriteLine(string.Join("\n", charts));

        Assert.Equal(2, snapshots.Count);
        Assert.Contains(charts, l => l == "latest snapshot · earlier snapshot");
        var group = charts.IndexOf("Illustrative EM Equity Fund");
        Assert.Equal($"{Typography.Date(snapshots[0].AsOf)} {Typography.Percent(snapshots[0].FlaggedWeight)}", charts[group + 1]);
        Assert.Equal($"{Typography.Date(snapshots[1].AsOf)} {Typography.Percent(snapshots[1].FlaggedWeight)}", charts[group + 2]);
    }

    [Fact]
    public void A_holding_not_looked_through_is_charted_as_such_not_as_zero()
    {
        var charts = Blocks.ReadingText(Layouts.Between(Rendered.Value.Layout, "By holding of the scheme", "By manager")).ToList();

        var group = charts.IndexOf("Illustrative Private Credit Fund");
        Assert.Equal("not looked through: no holdings file", charts[group + 1]);
    }

    [Fact]
    public void The_same_scheme_gives_the_same_bytes()
    {
        var first = Render();
        var second = Render();

        Assert.Equal(first, second);

        static byte[] Render()
        {
            using var stream = new MemoryStream();
            new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Render(Reports.Scheme, stream);
            return stream.ToArray();
        }
    }
}
