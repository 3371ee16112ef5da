using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Core.Review;

namespace Exposure.Reports.Csv;

/// <summary>
/// The layout of the files a person decides findings in (docs/review.md): four blank decision columns, the decision's
/// key, what was found, the finding's id and state. One line per security and company, whichever funds hold it.
/// </summary>
internal static class DecisionRows
{
    public static readonly string[] Columns =
    [
        "decision", "reviewer", "decided_on", "reason", "company_id", "isin", "mic", "ticker", "name",
        "company_name", "holding_name", "funds", "rows", "market_value", "rule", "score", "evidence",
        "holding_names", "sedol", "cusip", "finding_id", "state",
    ];

    public static void Write(Stream output, IEnumerable<HoldingFinding> findings)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        var groups = findings
            .GroupBy(f => f.Key)
            .OrderBy(g => Order(g.First().State))
            .ThenBy(g => g.Key.CompanyId, StringComparer.Ordinal)
            .ThenBy(g => g.First().Name, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var first = g.First();
            var key = g.Key;
            foreach (var blank in new[] { "", "", "", "" }) csv.WriteField(blank);
            csv.WriteField(key.CompanyId);
            csv.Text(key.Isin);
            csv.WriteField(key.Mic ?? "");
            csv.Text(key.Ticker);
            csv.Text(key.Name);
            csv.Text(first.CompanyName);
            csv.Text(first.Name);
            csv.Text(string.Join("; ", g.Select(f => f.FundId).Distinct()));
            csv.WriteField(g.Count());
            csv.Number(g.Any(f => f.Value is not null) ? g.Sum(f => f.Value ?? 0) : null);
            csv.WriteField(first.Rule);
            csv.Number(first.Score);
            csv.Text(string.Join(" | ", first.Evidence.Select(Wording.Of)));
            // What the reviewer sees, recorded with the decision: a later row that reads otherwise is not decided by it.
            csv.Text(DecisionSeen.Join(g.Select(f => f.Name).OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)));
            csv.Text(DecisionSeen.Join(g.Select(f => f.Sedol).OfType<string>().Distinct(StringComparer.Ordinal)));
            csv.Text(DecisionSeen.Join(g.Select(f => f.Cusip).OfType<string>().Distinct(StringComparer.Ordinal)));
            csv.WriteField(key.Id);
            csv.WriteField(Wording.Code(first.State));
            csv.NextRecord();
        }
    }

    private static int Order(RowState state) => state switch
    {
        RowState.NeedsReview => 0,
        RowState.Matched => 1,
        _ => 2,
    };
}
