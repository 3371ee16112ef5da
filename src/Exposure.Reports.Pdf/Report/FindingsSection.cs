using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>Matched and related holdings, then holdings that need review, each with the rule that decided it and the evidence compared.</summary>
internal sealed class FindingsSection : IReportSection
{
    public const string HeldTitle = "Matched and related holdings";
    public const string ReviewTitle = "Holdings that need review";

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var findings = context.Report.Findings;
        var held = findings.Where(f => f.State is RowState.Matched or RowState.Related).ToList();
        var review = findings.Where(f => f.State == RowState.NeedsReview).ToList();

        yield return new PageBreak();
        yield return new Heading(HeldTitle);
        // A section's heading and what it says stay with its first fund's table (whose heading keeps with its rows): never
        // left at a page's foot above it.
        yield return KeptWithTable(held.Count > 0, new Paragraph(
            $"Each holding line matched to a company on the list, fund by fund in file order. Matched lines are holdings in {context.Report.Terms.ACompanyBy} " +
            $"and make up the flagged value; related lines are holdings in a listed parent or subsidiary of {context.Report.Terms.AnEntity} and " +
            "are never counted as flagged. The rule that decided each line, and every feature compared (what the holding says, what the " +
            "list says, a score from -1 to 1, and a note), are given in small print."));
        if (held.Count == 0)
        {
            yield return new Paragraph("No holding line was matched or related.");
        }

        foreach (var element in ByFund(context, held, "matched or related holdings"))
        {
            yield return element;
        }

        yield return new Heading(ReviewTitle);
        yield return KeptWithTable(review.Count > 0, new Paragraph(
            "Candidates a person must confirm or reject: the listed code agrees but the name does not, a name looks cut at a fixed " +
            "width, a name is short or shared or only resembles a listed name, or identifiers contradict the list. Their value is reported apart and never counted as " +
            "flagged. Do not describe these holdings as exposure until reviewed."));
        if (review.Count == 0)
        {
            yield return new Paragraph("No holding line needs review.");
        }

        foreach (var element in ByFund(context, review, "holdings that need review"))
        {
            yield return element;
        }

        foreach (var element in Decisions(context.Report, review.Count > 0))
        {
            yield return element;
        }
    }

    /// <summary>How a person's review decisions bore on this run, and the decisions that no longer apply.</summary>
    /// <param name="candidates">Holdings awaiting review are listed above: without decisions, each still awaits one.</param>
    private static IEnumerable<IElement> Decisions(ExposureReport report, bool candidates)
    {
        var review = report.Review;
        yield return new Heading("Review decisions", 2);
        if (review.DecisionsFile is null)
        {
            yield return new Paragraph(
                (candidates ? "No review decisions were applied to this run: every candidate above still awaits a person's decision. "
                    : "No review decisions were applied to this run. ") + "Decisions are " +
                "recorded in a separate, append-only log and applied on later runs; each names the reviewer, the date and the reason.");
            yield break;
        }

        yield return new KeyValueList { KeyWidthFraction = Typography.DecisionsKeyWidth, FontSize = Typography.FactsSize }
            .Add("Decisions file", review.DecisionsFile)
            .Add("Decisions in force", Typography.Count(review.Decisions))
            .Add(Wording.RowsAcceptedLabel, Typography.Count(review.RowsAccepted))
            .Add(Wording.RowsRejectedLabel, Typography.Count(review.RowsRejected))
            .Add(Wording.MatchesOverturnedLabel, Typography.Count(review.MatchesOverturned))
            .Add("Stale decisions (not applied)", Typography.Count(review.Stale.Count));
        if (review.SetAside.Count > 0)
        {
            yield return new Heading("Holding rows set aside by a person", 3) { Bookmark = false };
            yield return Typography.Note(
                "Holding rows set aside by a person's decision: they are left out of every figure. Each is a candidate a person rejected, or a " +
                "match a rule had made that a person overturned.");
            var setAside = new Table(
            [
                new TableColumn("Holding", ColumnWidth.Relative(1.4)),
                new TableColumn("Fund", ColumnWidth.Relative(1.2)),
                Typography.LineNumberColumn("Line"),
                new TableColumn("Company", ColumnWidth.Relative(1.2)),
                new TableColumn("Rule it had", ColumnWidth.Relative(1.1)),
                new TableColumn("Decided by", ColumnWidth.Relative(1)),
                new TableColumn("Reason", ColumnWidth.Relative(2)),
            ]);
            foreach (var row in review.SetAside)
            {
                setAside.AddRow(row.Holding ?? "", report.FundLabel(row.FundId), Typography.LineNumber(row.Line), row.CompanyName,
                    new TableCell(row.Rule) { More = [new TextSpan("\n" + row.What) { Color = Typography.Muted }] }, row.Decided,
                    new TableCell(row.Reason) { More = [new TextSpan($"\n({row.Where})") { Color = Typography.Muted }] });
            }

            yield return setAside;
        }

        if (review.Stale.Count == 0)
        {
            yield break;
        }

        yield return Typography.Note(
            "Stale decisions were not applied: they met no holding row in this run, their security is now a candidate for another " +
            "company, or their company is not on the list screened against. Review them in the decisions log.");
        var table = new Table(
        [
            new TableColumn("Decisions file", ColumnWidth.Relative(1.4)),
            Typography.LineNumberColumn("Line"),
            new TableColumn("Security", ColumnWidth.Relative(1.4)),
            new TableColumn("Company", ColumnWidth.Relative(1.1)),
            Typography.CodeColumn("Decision"),
            new TableColumn("Why stale", ColumnWidth.Relative(2)),
        ]);
        foreach (var stale in review.Stale)
        {
            table.AddRow(stale.File, Typography.LineNumber(stale.Line), stale.Security, stale.CompanyId, stale.Verdict, stale.Why);
        }

        yield return table;
    }

    /// <summary>
    /// A table per fund, in the order of the funds, under the fund's name (the table gives the line in the fund's file).
    /// A market lists the funds with the most value in named companies first, each by its latest report, and at most
    /// <see cref="MarketLayout.Rows"/> of them.
    /// </summary>
    private static IEnumerable<IElement> ByFund(ReportContext context, IReadOnlyList<HoldingFinding> findings, string what)
    {
        var report = context.Report;
        var byFund = findings.ToLookup(f => f.FundId, StringComparer.Ordinal);
        if (MarketLayout.Applies(report))
        {
            var funds = MarketLayout.FundsInOrder(report).Where(f => byFund.Contains(f.Id)).ToList();
            var shown = funds.Take(MarketLayout.Rows).ToList();
            foreach (var element in shown.SelectMany(f => FundTable(context, f, byFund[f.Id].ToList())))
            {
                yield return element;
            }

            var total = byFund.Count;
            if (shown.Count < total)
            {
                yield return Typography.Note(report.Market is null
                    ? $"The first {Typography.Count(shown.Count)} of {Typography.Count(total)} funds with {what} are shown; {MarketWording.FindingsWhere}."
                    : $"The latest reports of the first {Typography.Count(shown.Count)} funds are shown, of {Typography.Count(total)} fund reports with {what}; {MarketWording.FindingsWhere}.");
            }

            yield break;
        }

        foreach (var fund in report.Funds)
        {
            foreach (var element in byFund.Contains(fund.Id) ? FundTable(context, fund, byFund[fund.Id].ToList()) : [])
            {
                yield return element;
            }
        }

        var known = context.Report.Funds.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = findings.Where(f => !known.Contains(f.FundId)).ToList();
        if (orphans.Count > 0)
        {
            yield return FindingsTable(context, orphans);
        }
    }

    /// <summary>A section's opening words, kept on the page of the table after them where one follows.</summary>
    private static IElement KeptWithTable(bool table, IElement element) => table ? new KeepWithNext(element) : element;

    private static IEnumerable<IElement> FundTable(ReportContext context, FundExposure fund, IReadOnlyList<HoldingFinding> rows)
    {
        yield return new Heading(fund.DisplayName, 3) { Bookmark = false, StructureLevel = 2 };
        yield return Typography.Note($"File {fund.SourceFile}" + (fund.AsOf is { } asOf && context.Report.Market is not null ? $" · report as of {Typography.Date(asOf)}" : "")
            + (MarketWording.NoLaterReport(fund) is { } gone ? $" · {gone}" : ""));
        yield return FindingsTable(context, rows);
    }

    private static Table FindingsTable(ReportContext context, IReadOnlyList<HoldingFinding> findings)
    {
        var basis = Listings.FindingBasis(context.Report);
        var currency = context.Currency;
        var table = new Table(
        [
            Typography.LineNumberColumn("Line"),
            new TableColumn("Holding", ColumnWidth.Relative(1.9)),
            new TableColumn("Company on the list", ColumnWidth.Relative(1.8)),
            Typography.MoneyColumn("Value", currency),
            Typography.NarrowPercentColumn("Weight"),
            new TableColumn("Rule, score and evidence", ColumnWidth.Relative(3.1)) { FontSize = Typography.DetailSize },
        ]);
        foreach (var f in findings)
        {
            var identifiers = new List<string>();
            var listing = string.Join(" · ", new[] { f.Ticker, f.Mic ?? f.Exchange }.Where(x => !string.IsNullOrWhiteSpace(x)));
            if (listing.Length > 0)
            {
                identifiers.Add(listing);
            }

            if (!string.IsNullOrWhiteSpace(f.Isin))
            {
                identifiers.Add(f.Isin);
            }

            if (f.Instrument != InstrumentType.Equity || f.IsShort)
            {
                identifiers.Add(Wording.Instrument(f, context.FundCurrency(f.FundId)));
            }

            if (f.Issuer is { } issuer)
            {
                identifiers.Add($"issuer: {issuer}");
            }

            if (f.ValueUnknown is { } why)
            {
                identifiers.Add($"value unknown: {why}");
            }

            if (f.ValueDisagrees is { } disagrees)
            {
                identifiers.Add($"value disagrees with the file's weight: {disagrees}");
            }

            var holding = new TableCell(string.IsNullOrWhiteSpace(f.Name) ? "(no name)" : f.Name)
            {
                More = identifiers.Count == 0 ? [] : [new TextSpan("\n" + string.Join("\n", identifiers)) { Color = Typography.Muted }],
            };
            var company = new TableCell(f.CompanyName)
            {
                More = [new TextSpan($"\n{Words.Of(f.State)}: {basis(f)}") { Color = Typography.Muted }],
            };
            var decided = f.DecidedBy is null ? "" : $"\ndecided by {f.DecidedBy}";
            var evidence = new TableCell(f.Rule)
            {
                Bold = true,
                More = [new TextSpan($" · score {Typography.Score(f.Score)}{decided}" + string.Concat(f.Evidence.Select(e => "\n• " + Words.Of(e))))],
            };
            table.AddRow(
                Typography.LineNumber(f.Line),
                holding,
                company,
                context.MoneyCell(f.Value, context.FundCurrency(f.FundId), context.MissingValue(f.FundId)),
                Typography.Percent(f.Weight),
                evidence);
        }

        return table;
    }
}
