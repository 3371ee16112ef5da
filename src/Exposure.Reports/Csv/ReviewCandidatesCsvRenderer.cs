using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>
/// One line per security and company awaiting review, with blank decision columns for a person to fill in
/// (accept or reject, who, when, why). `exposure review record` appends the decided lines to the decisions log.
/// </summary>
public sealed class ReviewCandidatesCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns =
    [
        "decision", "reviewer", "decided_on", "reason", "company_id", "isin", "mic", "ticker", "name",
        "company_name", "holding_name", "funds", "rows", "market_value", "rule", "score", "evidence",
    ];

    public string Format => "csv";
    public string FileName => "review-candidates.csv";

    public void Render(ExposureReport report, Stream output)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        var groups = report.Findings
            .Where(f => f.State == RowState.NeedsReview)
            .GroupBy(f => (f.CompanyId, Key: KeyOf(f)))
            .OrderBy(g => g.Key.CompanyId, StringComparer.Ordinal)
            .ThenBy(g => g.First().Name, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var first = g.First();
            var (isin, mic, ticker, name) = g.Key.Key;
            foreach (var blank in new[] { "", "", "", "" }) csv.WriteField(blank);
            csv.Text(first.CompanyId);
            csv.Text(isin);
            csv.Text(mic);
            csv.Text(ticker);
            csv.Text(name);
            csv.Text(first.CompanyName);
            csv.Text(first.Name);
            csv.Text(string.Join("; ", g.Select(f => f.FundId).Distinct()));
            csv.WriteField(g.Count());
            csv.Number(g.Sum(f => f.Value ?? 0));
            csv.WriteField(first.Rule);
            csv.Number(first.Score);
            csv.Text(string.Join(" | ", first.Evidence.Select(Wording.Of)));
            csv.NextRecord();
        }
    }

    /// <summary>The key a decision is stored under: the ISIN when the holding has one, else exchange and code, else the normalised name.</summary>
    private static (string? Isin, string? Mic, string? Ticker, string? Name) KeyOf(HoldingFinding f) =>
        f.Isin is not null ? (f.Isin.ToUpperInvariant(), null, null, null)
        : f.Mic is not null && f.TickerOnExchange is not null ? (null, f.Mic, f.TickerOnExchange, null)
        : (null, null, null, f.NormalisedName);
}
