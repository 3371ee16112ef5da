using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;

namespace Exposure.Cli.Terminal;

/// <summary>
/// The report as the terminal shows it after a run: a renderer of the one model, like the PDF or the workbook. It lays
/// out figures the model holds and computes none. It fits the width it is given: a table when the table fits, else one
/// block per fund; a figure is never split across lines. Text from input (fund, company and file names) is escaped by
/// the writer it prints through (<see cref="SafeTextWriter"/>) and here, before its width is measured.
/// </summary>
public sealed class TerminalRenderer(int width)
{
    /// <summary>Narrower terminals are drawn as if this wide.</summary>
    public const int MinimumWidth = 40;

    /// <summary>As-of dates whose figures are printed under the headline; the reports give every date's.</summary>
    private const int DatesShown = 12;

    private readonly int _width = Math.Max(width, MinimumWidth);

    public void Render(ExposureReport report, TextWriter output)
    {
        if (report.Run.IllustrativeNote is { } note) Say(output, note);
        Lists(output, report.Run.Lists);
        Funds(output, report);
        Headline(output, report);
        Review(output, report);
        if (report.Portfolio is { } portfolio) Scheme(output, portfolio, report.Terms);
    }

    private void Lists(TextWriter output, ListsUsed? used)
    {
        if (used is null || (used.Lists.Count <= 1 && used.Issues.Count == 0)) return;
        foreach (var list in used.Lists)
        {
            Say(output, $"list: {Safe(list.Name)} ({Safe(list.Format)}, {Safe(list.DateShown)}): {Plural(list.Companies, "company", "companies")}" +
                (list.EntriesLeftOut is > 0 ? $", {Plural(list.EntriesLeftOut.Value, "entry", "entries")} of the file left out ({Safe(ListFraming.LeftOut(list) ?? "")})" : "") +
                (list.Problems > 0 ? $", {Plural(list.Problems, "value", "values")} reported (left out, or kept as written for review: list check names {(list.Problems == 1 ? "it" : "each")})" : ""));
        }

        if (used.Joined.Count + used.NamePairs.Count + used.Conflicts.Count > 0)
        {
            Say(output, $"lists: {Plural(used.Joined.Count, "join", "joins")} of companies named by several lists, " +
                $"{Plural(used.NamePairs.Count, "same-name pair", "same-name pairs")} kept apart, " +
                $"{Plural(used.Conflicts.Count, "identifier conflict", "identifier conflicts")} (workbook: List review)");
        }
    }

    private void Funds(TextWriter output, ExposureReport report)
    {
        var funds = Listed(report);
        var shown = MarketLayout.Applies(report) ? funds.Take(MarketLayout.Rows).ToList() : funds;
        var lookedThrough = report.Funds.Any(f => f.Lines.LookedThrough > 0);
        // A report the figures do not count (an earlier month of a series, a report replaced, a fund's last report before
        // it stopped filing) says so beside its figures, in the model's words.
        var marked = shown.Any(f => MarketWording.NotCounted(f) is not null);
        var columns = new List<TextColumn>
        {
            TextColumn.Text("Fund"), TextColumn.Text("As of"), TextColumn.Number("Lines"), TextColumn.Number("Not a holding"),
            TextColumn.Number("Rejected"), TextColumn.Number("Excluded"), TextColumn.Number("Unmatched"), TextColumn.Number("Matched"),
            TextColumn.Number("Related"), TextColumn.Number("Review"),
        };
        if (lookedThrough) columns.Add(TextColumn.Number("Looked through"));
        columns.AddRange([TextColumn.Number("Fund value"), TextColumn.Number("Flagged value"), TextColumn.Number("Flagged weight")]);
        if (marked) columns.Add(TextColumn.Text("Counted in the figures"));

        var table = new TextTable(columns);
        foreach (var f in shown)
        {
            // An N-PORT filing's XML has its states counted in holdings (each of several lines); its lines are in Lines and Not a holding.
            var l = f.HoldingsAreEntries ? f.Holdings! with { NotAHolding = f.Lines.NotAHolding } : f.Lines;
            var cells = new List<string>
            {
                Safe(f.DisplayName), Date(f.AsOf), N(f.Lines.Total), N(l.NotAHolding), N(l.Rejected), N(l.Excluded), N(l.Unmatched), N(l.Matched),
                N(l.Related), N(l.NeedsReview),
            };
            if (lookedThrough) cells.Add(N(l.LookedThrough));
            cells.AddRange([FundValue(report, f, f.FundValue), Wording.FlaggedValueAtLeast(f) + FundValue(report, f, f.FlaggedValue), FlaggedWeight(f)]);
            if (marked) cells.Add(Safe(MarketWording.NotCounted(f) ?? "yes"));
            table.AddRow([.. cells]);
        }

        output.WriteLine(report.Portfolio is null ? "Exposure by fund" : "Exposure by holdings file (each fund at each as-of date)");
        var tabled = table.Lines(_width);
        if (tabled is { } lines)
        {
            foreach (var line in lines) output.WriteLine(line);
        }
        else
        {
            foreach (var f in shown)
            {
                Say(output, $"{Safe(f.DisplayName)}, as of {Date(f.AsOf)}");
                if (MarketWording.NotCounted(f) is { } notCounted) Say(output, $"  {notCounted}.", "    ");
                var states = new (int Lines, string Words)[]
                {
                    (f.Lines.NotAHolding, "not a holding"), (f.Lines.Rejected, "rejected"), (f.Lines.Excluded, "excluded"), (f.Lines.Unmatched, "unmatched"),
                    (f.Lines.Matched, "matched"), (f.Lines.Related, "related"), (f.Lines.NeedsReview, f.Lines.NeedsReview == 1 ? "needs review" : "need review"), (f.Lines.LookedThrough, "looked through"),
                };
                Say(output, f.Lines.Total == 0 && f.AccessionNumber is not null
                    ? $"  {Wording.NoHoldings(f.AsOf)}"
                    : Wording.EntriesByState(f, ", ") is { } entries ? $"  {entries}"
                    : $"  {Plural(f.Lines.Total, "line", "lines")}: " + string.Join(", ", states.Where(s => s.Lines > 0).Select(s => $"{N(s.Lines)} {s.Words}")), "    ");
                Say(output, f.FundValueBasis == FundValueBasis.ConstituentWeights
                    ? $"  weights only (an index's constituents, no values): flagged weight {Percent(f.FlaggedWeight)}"
                    : NothingScreened(f)
                        ? $"  fund value {FundValue(report, f, f.FundValue)}; flagged value {FundValue(report, f, f.FlaggedValue)} of nothing screened"
                        : $"  fund value {FundValue(report, f, f.FundValue)}; flagged value {Wording.FlaggedValueAtLeast(f)}{FundValue(report, f, f.FlaggedValue)}, {FlaggedShareOfFund(f)}", "    ");
            }
        }

        // Where a file's holdings span several lines each, its counts are of lines: said in holdings. An N-PORT filing's XML
        // has its state columns in holdings: said, where the table shows them.
        foreach (var f in shown)
        {
            if (Wording.HoldingsOfLines(f) is { } holdings) Say(output, $"{Safe(f.DisplayName)} ({Safe(f.SourceFile)}): {holdings}.", "  ");
            else if (tabled is not null && Wording.EntriesInColumns(f, "Rejected", lookedThrough ? "Looked through" : "Review") is { } inColumns)
                Say(output, $"{Safe(f.DisplayName)} ({Safe(f.SourceFile)}): an N-PORT filing's XML: {inColumns}.", "  ");
        }

        // A large market is not listed in full here: the workbook, funds.csv and the JSON hold every report.
        if (shown.Count < funds.Count)
        {
            var more = funds.Count - shown.Count;
            var unit = report.Market is null ? Plural(more, "more fund", "more funds") : Plural(more, "more fund report", "more fund reports");
            Say(output, $"… and {unit}: {MarketWording.FundsWhere}.");
        }
    }

    /// <summary>
    /// The funds in the order the summary lists them: as the model has them; in a report laid out as a market, in the
    /// market's order (<see cref="MarketLayout.FundsInOrder"/>), each fund's latest report followed by its other reports.
    /// </summary>
    private static IReadOnlyList<FundExposure> Listed(ExposureReport report)
    {
        if (!MarketLayout.Applies(report)) return report.Funds;
        var byFund = report.Funds.ToLookup(f => f.Identity, StringComparer.Ordinal);
        var first = MarketLayout.FundsInOrder(report);
        var listed = first.SelectMany(latest => byFund[latest.Identity].Where(f => f.Id != latest.Id).Prepend(latest)).DistinctBy(f => f.Id).ToList();
        // Any report of no fund of the market's list (none, as the model is made) is still listed, last.
        var ids = listed.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        listed.AddRange(report.Funds.Where(f => !ids.Contains(f.Id)));
        return listed;
    }

    /// <summary>"2.768% of the fund"; "at least 2.768% of the fund" where holdings in named companies are left out of it; or "its share of the fund unknown".</summary>
    private static string FlaggedShareOfFund(FundExposure f) =>
        f.FlaggedWeight is null ? "its share of the fund unknown" : Wording.FlaggedWeightAtLeast(f) + Percent(f.FlaggedWeight) + " of the fund";

    /// <summary>A fund whose value is unknown and none of whose lines was screened: its flagged value is 0 of nothing, not a share of the fund.</summary>
    private static bool NothingScreened(FundExposure f) =>
        f.FundValue is null && f.Lines.Matched + f.Lines.Unmatched + f.Lines.Related + f.Lines.NeedsReview + f.Lines.LookedThrough == 0;

    /// <summary>
    /// The flagged weight as the table shows it: "nothing screened" in place of a share of a fund whose value is unknown and
    /// of which nothing was screened; "at least" before it where it leaves out holdings in named companies, as the headline says.
    /// </summary>
    private static string FlaggedWeight(FundExposure f) =>
        NothingScreened(f) ? "nothing screened" : Wording.FlaggedWeightAtLeast(f) + Percent(f.FlaggedWeight);

    private void Headline(TextWriter output, ExposureReport report)
    {
        var s = report.Summary;
        var t = report.Terms;
        var review = Wording.InHoldings(s, RowState.NeedsReview, "holding", "holdings") is { } holdings
            ? $"{holdings} {Wording.Verb(s.ByHolding!.NeedsReview, "needs", "need")}"
            : s.Entries is not null ? $"{Plural(s.ByHolding!.NeedsReview, "holding needs", "holdings need")}"
            : $"{Plural(s.Lines.NeedsReview, "line needs", "lines need")}";
        var lines = $"{review} review; {Wording.Rejected(RejectedCounts.Of(report))}.";
        if (report.Portfolio is { } p)
        {
            Say(output, $"Through the scheme (each fund's latest holdings file): {Plural(p.CompaniesNamed, t.Companies(1), t.CompaniesPlural)} and " +
                $"{Plural(p.CompaniesRelated, "related company", "related companies")} held, {Plural(p.CompaniesInReview, "company", "companies")} awaiting review.");
            Say(output, $"Across every holdings file read, earlier ones included: {Plural(s.CompaniesFlagged, t.Companies(1), t.CompaniesPlural)} and " +
                $"{Plural(s.CompaniesRelated, "related company", "related companies")} held; {lines}");
        }
        else
        {
            Say(output, $"{Plural(s.CompaniesFlagged, t.Companies(1), t.CompaniesPlural)} and {Plural(s.CompaniesRelated, "related company", "related companies")} held; {lines}");
        }

        // The headline share, worded as every output words it: of the fund value, or of a fund or index by its own weights.
        if (s.FlaggedShare is not null)
        {
            var of = SentencePart.Join(Wording.FlaggedShareOf(s, MarketLayout.CountedFunds(report)),
                p => p.Kind == SentencePartKind.Money ? Money(p.Value, p.Currency) : Percent(p.Value));
            Say(output, s.FlaggedValue is { } flagged && s.FundValue is not null ? $"Flagged value {Wording.FlaggedValueAtLeast(s)}{Money(flagged, s.Currency)}: {of}." : $"Flagged: {of}.");
        }

        // Bonds and derivatives: what the value held includes, and derivatives' notional apart from it.
        if (s.FlaggedByInstrument is { HasMoreThanShares: true } split)
            Say(output, $"Held: {Wording.Split(split, s.Currency, t.CompaniesPlural)}.", "  ");

        // What a reader must know beside the figures is said beside them, not only in the reports.
        foreach (var warning in s.Warnings) Say(output, $"Note: {warning.Text}", "  ");

        // Funds of different dates: the figures of each date, as the reports give them beside the totals (a scheme's are
        // looked through from each fund's latest file, and its totals over every file are left to the reports).
        if (report.Portfolio is null)
        {
            foreach (var d in s.ByDate.Take(DatesShown))
            {
                var withheld = Wording.NoTotal(d.TotalsWithheld);
                // A figure not given says why once, after the figures, not "not given (not given)".
                var why = d.FundValue is null || d.FlaggedValue is null ? Wording.WhyNoTotalShort(d.TotalsWithheld) : "";
                var share = d.FlaggedShare is not null ? $" ({Wording.FlaggedShareAtLeast(d)}{Percent(d.FlaggedShare)})" : d.FlaggedValue is not null ? $" (share {withheld})" : "";
                Say(output, $"As of {(d.AsOf is null ? "an unknown date" : Date(d.AsOf))}: {Plural(d.Funds, "fund", "funds")}; " +
                    $"fund value {(d.FundValue is null ? withheld : Money(d.FundValue, d.Currency))}; " +
                    $"flagged value {(d.FlaggedValue is null ? withheld : Wording.FlaggedValueAtLeast(d) + Money(d.FlaggedValue, d.Currency))}{share}" +
                    (why.Length > 0 ? $", as {why}" : "") + "; " +
                    $"{Plural(d.CompaniesFlagged, t.Companies(1), t.CompaniesPlural)}.", "  ");
            }

            if (s.ByDate.Count > DatesShown)
                Say(output, $"And {Plural(s.ByDate.Count - DatesShown, "more date", "more dates")}: the figures of each are in the reports' Summary.", "  ");
        }
    }

    private void Review(TextWriter output, ExposureReport report)
    {
        var r = report.Review;
        if (r.DecisionsFile is not { } decisions) return;
        Say(output, $"Review decisions ({Safe(decisions)}): {N(r.Decisions)} in force; {Plural(r.RowsAccepted, "row", "rows")} accepted and " +
            $"{Plural(r.RowsRejected, "row", "rows")} set aside by a person; {N(r.Stale.Count)} stale." +
            (r.MatchesOverturned == 0 ? "" : $" Of the rows set aside, {Plural(r.MatchesOverturned, "was a match a rule had made", "were matches a rule had made")} that a person overturned."));
    }

    private void Scheme(TextWriter output, PortfolioExposure p, ListTerms t)
    {
        var c = p.ReportCurrency;
        var table = new TextTable(
        [
            TextColumn.Text("Holding"), TextColumn.Text("Manager"), TextColumn.Text("Holdings as of"), TextColumn.Number($"Invested ({c})"),
            TextColumn.Number($"Looked through ({c})"), TextColumn.Number($"{Wording.Capitalised(t.Adjective)} ({c})"), TextColumn.Number(t.ShareTitle),
            TextColumn.Number($"Related ({c})"), TextColumn.Number($"Review ({c})"),
        ]);
        foreach (var e in p.Entries)
        {
            var b = e.Bounds;
            table.AddRow(Safe(e.Name), Safe(e.Manager), e.SnapshotFile is null ? Wording.NoFile : Date(e.SnapshotAsOf), Amount(e.AmountInReportCurrency),
                Amount(e.LookedThrough), SchemeBounds.Total(b.FlaggedValue, Amount(e.FlaggedValue)), SchemeBounds.Share(b.FlaggedValue, e.FlaggedShare, e.AmountInReportCurrency),
                SchemeBounds.Total(b.RelatedValue, Amount(e.RelatedValue)), SchemeBounds.Total(b.ReviewValue ?? Bound.Exact, Amount(e.ReviewValue)));
        }

        // Totals that leave out holdings not looked through, or values that are unknown, are lower bounds.
        var bounds = p.Bounds;
        var review = bounds.ReviewValue ?? Bound.Exact;
        table.AddRow("Scheme", "", Safe(p.HoldingsAsOf), Amount(p.TotalInvested), Amount(p.Coverage.LookedThrough), SchemeBounds.Total(bounds.FlaggedValue, Amount(p.FlaggedValue)),
            SchemeBounds.Share(bounds.FlaggedValue, p.FlaggedShare, p.TotalInvested), SchemeBounds.Total(bounds.RelatedValue, Amount(p.RelatedValue)),
            SchemeBounds.Total(review, Amount(p.ReviewValue)));

        output.WriteLine(Safe(p.Title));
        if (table.Lines(_width) is { } lines)
        {
            foreach (var line in lines) output.WriteLine(line);
        }
        else
        {
            foreach (var e in p.Entries)
            {
                Say(output, $"{Safe(e.Name)}" + (e.Manager is null ? "" : $" ({Safe(e.Manager)})") +
                    (e.SnapshotFile is null ? ", no holdings file" : $", holdings as of {Date(e.SnapshotAsOf)}"));
                var b = e.Bounds;
                Say(output, e.NotLookedThrough is { } why
                    ? $"  invested {Money(e.AmountInReportCurrency, c)}; not looked through ({why}): {t.Adjective}, related and review {Wording.Unknown}"
                    : $"  invested {Money(e.AmountInReportCurrency, c)}; looked through {Money(e.LookedThrough, c)}; {t.Adjective} {SchemeBounds.Stated(b.FlaggedValue, Money(e.FlaggedValue, c))} " +
                      $"({SchemeBounds.Share(b.FlaggedValue, e.FlaggedShare, e.AmountInReportCurrency)}); related {SchemeBounds.Stated(b.RelatedValue, Money(e.RelatedValue, c))}; " +
                      $"review {SchemeBounds.Stated(b.ReviewValue ?? Bound.Exact, Money(e.ReviewValue, c))}", "    ");
            }

            Say(output, $"Scheme: invested {Money(p.TotalInvested, c)}; looked through {Money(p.Coverage.LookedThrough, c)}; {t.Adjective} {SchemeBounds.Stated(bounds.FlaggedValue, Money(p.FlaggedValue, c))} " +
                $"({SchemeBounds.Share(bounds.FlaggedValue, p.FlaggedShare, p.TotalInvested)}); related {SchemeBounds.Stated(bounds.RelatedValue, Money(p.RelatedValue, c))}; " +
                $"review {SchemeBounds.Stated(review, Money(p.ReviewValue, c))}", "  ");
        }

        // As under the table in every output: rows rounded to the unit that do not add up to the Scheme row, which adds them before rounding.
        if (p.RoundedTotalsNote is { } rounded)
            Say(output, rounded, "  ");
        if (SchemeBounds.Scheme(p) is { } cover)
            Say(output, $"The scheme's named, related and review values are each {cover}.", "  ");
        if (SchemeBounds.ValuesUnknown(p) is { } unknown)
            Say(output, unknown + ".", "  ");

        if (p.FlaggedByInstrument is { HasMoreThanShares: true } held)
            Say(output, $"Held through the scheme{(p.Bounds.FlaggedValue == Bound.Exact ? "" : $", {SchemeBounds.AtLeast}")}: {Wording.Split(held, c)}.", "  ");
        Say(output, $"Looked through to company level: {SchemeBounds.Share(Bound.Exact, p.Coverage.LookedThroughShare, p.TotalInvested)} of {Money(p.TotalInvested, c)}" +
            (p.Coverage.Gaps.Count == 0 ? "." : "; not looked through:"));
        foreach (var g in p.Coverage.Gaps)
            Say(output, $"  {Safe(g.Path)}: {Money(g.Value, c)} ({Safe(g.Reason)})", "    ");
    }

    private void Say(TextWriter output, string text, string? hanging = null) => Prose.WriteLine(output, Safe(text), _width, hanging);

    /// <summary>A fund's money figure in its currency, or saying that its file gives none (<see cref="Wording.CurrencyNotGiven"/>), or that the file gave weights only.</summary>
    private static string FundValue(ExposureReport report, FundExposure fund, decimal? value) =>
        fund.FundValueBasis == FundValueBasis.ConstituentWeights ? Wording.WeightsOnly : Money(value, fund.Currency) + Wording.CurrencyNotGiven(report, value, fund.Currency);

    private static string Safe(string? text) => TerminalText.Safe(text);

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(int n, string one, string many) => $"{N(n)} {(n == 1 ? one : many)}";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";

    private static string Amount(decimal? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "unknown";

    /// <summary>"USD 20,000,000", bound so that the currency and the amount stay on one line.</summary>
    private static string Money(decimal? value, string? currency) =>
        value is null ? "unknown" : currency is null ? Amount(value) : currency + Prose.Bind + Amount(value);

    /// <summary>A percentage as every output shows it (<see cref="Wording.Percent"/>): three decimals, more for a nonzero share too small for them.</summary>
    private static string Percent(decimal? fraction) => Wording.Percent(fraction);
}
