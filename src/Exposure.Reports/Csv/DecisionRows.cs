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

    /// <summary>The state of a line whose rows a person's decision set aside: decided already, and decided again by its id.</summary>
    public const string SetAsideState = "set-aside";

    /// <param name="setAside">
    /// Rows a person's decision set aside, one line per security and company after the findings, in state
    /// <see cref="SetAsideState"/>, so that a rejection can be reversed by the finding's id; a security and company
    /// among <paramref name="findings"/> (rows that no longer read as decided) is given once, as its finding.
    /// </param>
    public static void Write(Stream output, IEnumerable<HoldingFinding> findings, IEnumerable<SetAsideRow>? setAside = null)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        var groups = findings
            .GroupBy(f => f.Key)
            .OrderBy(g => Order(g.First().State))
            .ThenBy(g => g.Key.CompanyId, StringComparer.Ordinal)
            .ThenBy(g => g.First().Name, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var first = g.First();
            Row(csv, g.Key, first.CompanyName, first.Name, g.Select(f => f.FundId), g.Count(),
                g.Any(f => f.Value is not null) ? g.Sum(f => f.Value ?? 0) : null, first.Rule,
                c => c.Number(first.Score), string.Join(" | ", first.Evidence.Select(Wording.Of)),
                g.Select(f => f.Name), g.Select(f => f.Sedol), g.Select(f => f.Cusip), Wording.Code(first.State));
            written.Add(g.Key.Id);
        }

        var aside = (setAside ?? []).Where(r => r.Key is not null && !written.Contains(r.Key.Id))
            .GroupBy(r => r.Key!)
            .OrderBy(g => g.Key.CompanyId, StringComparer.Ordinal)
            .ThenBy(g => g.First().Holding, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal);
        foreach (var g in aside)
        {
            var first = g.First();
            // No score: the rows are set aside by the decision, whatever their rule scored.
            Row(csv, g.Key, first.CompanyName, first.Holding, g.Select(r => r.FundId), g.Count(),
                g.Any(r => r.Value is not null) ? g.Sum(r => r.Value ?? 0) : null, first.Rule,
                c => c.WriteField(""), $"{first.What}: {first.Decided}: {first.Reason} ({first.Where})",
                g.Select(r => r.Holding), g.Select(r => r.Sedol), g.Select(r => r.Cusip), SetAsideState);
        }
    }

    /// <summary>One line: blank decision columns, the key, what was found and, last, the finding's id and state.</summary>
    /// <param name="names">The holding's names, SEDOLs and CUSIPs the rows give: what the reviewer sees, recorded with the decision, so that a later row that reads otherwise is not decided by it.</param>
    private static void Row(CsvHelper.CsvWriter csv, DecisionKey key, string companyName, string? holding, IEnumerable<string> funds, int rows,
        decimal? value, string rule, Action<CsvHelper.CsvWriter> score, string evidence, IEnumerable<string?> names, IEnumerable<string?> sedols,
        IEnumerable<string?> cusips, string state)
    {
        foreach (var blank in new[] { "", "", "", "" }) csv.WriteField(blank);
        csv.WriteField(key.CompanyId);
        csv.Text(key.Isin);
        csv.WriteField(key.Mic ?? "");
        csv.Text(key.Ticker);
        csv.Text(key.Name);
        csv.Text(companyName);
        csv.Text(holding);
        csv.Text(string.Join("; ", funds.Distinct()));
        csv.WriteField(rows);
        csv.Number(value);
        csv.WriteField(rule);
        score(csv);
        csv.Text(evidence);
        csv.Text(DecisionSeen.Join(names.OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)));
        csv.Text(DecisionSeen.Join(sedols.OfType<string>().Distinct(StringComparer.Ordinal)));
        csv.Text(DecisionSeen.Join(cusips.OfType<string>().Distinct(StringComparer.Ordinal)));
        csv.WriteField(key.Id);
        csv.WriteField(state);
        csv.NextRecord();
    }

    private static int Order(RowState state) => state switch
    {
        RowState.NeedsReview => 0,
        RowState.Matched => 1,
        _ => 2,
    };
}
