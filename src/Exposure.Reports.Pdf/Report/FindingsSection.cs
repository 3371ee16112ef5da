using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>Matched and related holdings, then holdings that need review, each with the rule that decided it and the evidence compared.</summary>
internal sealed class FindingsSection : IReportSection
{
    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var findings = context.Report.Findings;
        var held = findings.Where(f => f.State is RowState.Matched or RowState.Related).ToList();
        var review = findings.Where(f => f.State == RowState.NeedsReview).ToList();

        yield return new PageBreak();
        yield return new Heading("Matched and related holdings");
        yield return new Paragraph(
            "Each holding line matched to a company on the list, in file order. Matched lines are holdings in a company named by a " +
            "source and make up the flagged value; related lines are holdings in a listed parent or subsidiary of a named entity and " +
            "are never counted as flagged. The rule that decided each line, and every feature compared (what the holding says, what the " +
            "list says, a score from -1 to 1, and a note), are given in small print.");
        yield return held.Count == 0 ? new Paragraph("No holding line was matched or related.") : FindingsTable(context, held);

        yield return new Heading("Holdings that need review");
        yield return new Paragraph(
            "Candidates a person must confirm or reject: the listed code agrees but the name does not, a name looks cut at a fixed " +
            "width, a name is short or shared, or identifiers contradict the list. Their value is reported apart and never counted as " +
            "flagged. Do not describe these holdings as exposure until reviewed.");
        yield return review.Count == 0 ? new Paragraph("No holding line needs review.") : FindingsTable(context, review);
    }

    private static Table FindingsTable(ReportContext context, IReadOnlyList<HoldingFinding> findings)
    {
        var currency = context.Currency;
        var table = new Table(
        [
            new TableColumn("Fund, line", ColumnWidth.Relative(1.25)),
            new TableColumn("Holding", ColumnWidth.Relative(1.9)),
            new TableColumn("Company on the list", ColumnWidth.Relative(1.8)),
            new TableColumn(Typography.MoneyHeader("Value", currency), ColumnWidth.Fixed(80), TextAlignment.Right) { FitContent = true },
            new TableColumn("Weight", ColumnWidth.Fixed(50), TextAlignment.Right) { FitContent = true },
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

            var holding = new TableCell(string.IsNullOrWhiteSpace(f.Name) ? "(no name)" : f.Name)
            {
                More = identifiers.Count == 0 ? [] : [new TextSpan("\n" + string.Join("\n", identifiers)) { Color = Typography.Muted }],
            };
            var company = new TableCell(f.CompanyName)
            {
                More = [new TextSpan($"\n{Words.Of(f.State)}: {Words.OfBasisCode(f.Basis)}") { Color = Typography.Muted }],
            };
            var evidence = new TableCell(f.Rule)
            {
                Bold = true,
                More = [new TextSpan($" · score {Typography.Score(f.Score)}" + string.Concat(f.Evidence.Select(e => "\n• " + Words.Of(e))))],
            };
            table.AddRow(
                $"{context.FundName(f.FundId)}\nline {Typography.Count(f.Line)}",
                holding,
                company,
                Typography.MoneyCell(f.Value, context.FundCurrency(f.FundId), currency),
                Typography.Percent(f.Weight),
                evidence);
        }

        return table;
    }
}
