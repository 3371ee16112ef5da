using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>The screening summary: the figures over all holdings files, and every line of input by the state it ended in.</summary>
internal sealed class SummarySection : IHtmlSection
{
    public string Id => "summary";

    public string Title => "Summary";

    public void Write(ReportPage page)
    {
        var report = page.Report;
        var run = report.Run;
        var s = report.Summary;
        var c = s.Currency;
        var w = page.W;
        page.OpenSection(Id, Title);
        if (report.Portfolio is not null)
        {
            page.Note("These figures are per holdings file, as screened: every snapshot of every fund and mandate, each in its own currency. " +
                "The scheme's figures, looked through in one currency, are under " + new PortfolioSection().Title + ".");
        }

        if (report.Market is not null)
        {
            page.Note(Wording.MarketTotalsNote(s, MarketSection.SectionTitle));
        }

        var (currencyLabel, currency) = Wording.TotalsCurrency(report, "Currency of the totals", new PortfolioSection().Title);
        // A scheme's totals over files in several currencies are not given: their rows are left out, the currency row says why.
        var leftOut = Wording.PerFileTotalsLeftOut(report);
        page.Facts(
        [
            (report.Portfolio is not null ? "Holdings files screened (every snapshot)" : report.Market is not null ? "Funds screened (each by its latest report)" : "Funds screened",
                () => page.Count("summary.funds", s.Funds)),
            ("Holdings as of", () => w.Text(Wording.HoldingsAsOf(s.Dates))),
            (currencyLabel, () => w.Text(currency)),
            .. (leftOut ? [] : PerFileTotals(page, report)),
            ("Holdings whose value is unknown (not given or not readable), left out of the values above", () => page.Count("summary.valuesUnknown.rows", s.ValuesUnknown.Rows)),
            ($"{page.Report.Terms.CompaniesTitle} held", () => page.Count("summary.companiesFlagged", s.CompaniesFlagged)),
            ("Related companies held", () => page.Count("summary.companiesRelated", s.CompaniesRelated)),
            ("Companies with holdings awaiting review", () => page.Count("summary.companiesInReview", s.CompaniesInReview)),
            ("Matched or related rows resting on a person's review decision", () => page.Count("summary.rowsMatchedByDecision", s.RowsMatchedByDecision)),
            // Read, not screened: lines without a company issuer are counted here and excluded from screening.
            ($"{Wording.HoldingsRead(s) ?? "Holding rows"} read", () => page.Count("summary.holdingRows", s.HoldingRows)),
            ("Distinct securities screened", () => page.Count("summary.distinctSecurities", s.DistinctSecurities)),
            ("Reference list", () => w.Text(Wording.ListDates(s.Dates, run.Lists))),
            ("Matching algorithm", () => w.Text(run.MatchingAlgorithm)),
        ]);
        if (s.ByDate.Count > 0)
        {
            page.Heading(3, "By as-of date");
            page.Note(Wording.ByDateNote(s));
            ExecutiveSummarySection.ByDate(page);
        }

        page.Heading(3, "Lines of input by state: every line ends in exactly one");
        if (Wording.StatesOfEntries(s) is { } entries)
        {
            page.Note(entries);
        }

        page.Table("Lines of input by state: every line ends in exactly one", [new Column("State"), new Column("Lines", true), new Column("What it means, and where the lines are")], () =>
        {
            var lines = s.Lines;
            StateRow(page, lines, RowState.Matched, $"in {page.Report.Terms.ACompanyBy}: under " + FindingsSection.SectionTitle);
            StateRow(page, lines, RowState.Related, $"in a listed parent or subsidiary of {page.Report.Terms.AnEntity}: under " + FindingsSection.SectionTitle);
            StateRow(page, lines, RowState.NeedsReview, "for a person to confirm or reject: under " + ReviewSection.SectionTitle);
            StateRow(page, lines, RowState.Unmatched, "screened, no company on the list matched: in unmatched.csv");
            StateRow(page, lines, RowState.Excluded, "no company issuer (cash, government debt ...): counted in fund value, not screened: in excluded.csv");
            StateRow(page, lines, RowState.Rejected, Wording.RejectedState(RejectedCounts.Of(page.Report)) + ": under " + RejectedLinesSection.SectionTitle);
            StateRow(page, lines, RowState.NotAHolding, "preamble, header, blank lines, footer: counted only");
            if (lines.LookedThrough > 0)
            {
                StateRow(page, lines, RowState.LookedThrough, "another fund of the portfolio, screened through its own holdings");
            }

            page.Row(() => page.RowHeader(() => w.Element("strong", "all lines")).Num(() => page.Count("summary.lines.total", lines.Total)).Cell(""), "total");
        }, headed: true);
        page.CloseSection();
    }

    /// <summary>The totals over holdings files: fund value, value screened, flagged, related and review values, with their shares.</summary>
    private static List<(string, Action)> PerFileTotals(ReportPage page, ExposureReport report)
    {
        var s = report.Summary;
        var c = s.Currency;
        return
        [
            (Wording.FundValueLabel, () => page.Total("summary.fundValue", s.FundValue, c)),
            (Wording.ValueScreenedLabel, () => page.Total("summary.valueScreened", s.ValueScreened, c)),
            ($"Value {page.Report.Terms.InCompanies} (flagged)", () => WithShare(page, "summary.flaggedValue", s.FlaggedValue, "summary.flaggedShare", s.FlaggedShare, c,
                Wording.FlaggedValueAtLeast(s), Wording.FlaggedShareAtLeast(s), Wording.ShareBasis(s, MarketLayout.CountedFunds(report)))),
            ("Value in related companies (not counted as flagged)", () => WithShare(page, "summary.relatedValue", s.RelatedValue, "summary.relatedShare", s.RelatedShare, c,
                Wording.RelatedValueAtLeast(s), Wording.RelatedShareAtLeast(s), Wording.ShareBasis(s, MarketLayout.CountedFunds(report)))),
            ("Value awaiting review (not counted as flagged)", () => page.Total("summary.reviewValue", s.ReviewValue, c)),
        ];
    }

    /// <summary>The row of a state: its words, its lines (as <c>summary.lines.needsReview</c> in the JSON), what it means.</summary>
    internal static void StateRow(ReportPage page, StateCounts lines, RowState state, string meaning, string root = "summary.lines")
    {
        var code = Wording.Code(state);
        var key = char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..];
        page.Row(() => page.RowHeader(Wording.Of(state)).Num(() => page.Count($"{root}.{key}", lines.Of(state))).Cell(meaning), "state-" + code);
    }

    /// <param name="valueAtLeast">"at least " where the value is a lower bound (<see cref="Wording.FlaggedValueAtLeast(ReportSummary)"/>, <see cref="Wording.RelatedValueAtLeast(ReportSummary)"/>), else "".</param>
    /// <param name="atLeast">"at least " where the share is a lower bound (<see cref="Wording.FlaggedShareAtLeast(ReportSummary)"/>, <see cref="Wording.RelatedShareAtLeast"/>), else "".</param>
    /// <param name="basis">What the share is of, as the headline says it (<see cref="Wording.ShareBasis"/>).</param>
    private static void WithShare(ReportPage page, string valuePath, decimal? value, string sharePath, decimal? share, string? currency, string valueAtLeast, string atLeast, string basis)
    {
        page.W.Text(valueAtLeast);
        page.Total(valuePath, value, currency);
        if (share is not null)
        {
            page.W.Text(" (" + atLeast);
            page.Percent(sharePath, share);
            page.W.Text($" {basis})");
        }
    }
}
