using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>
/// Findings as tables, one per fund under the fund's name, each row with its rule, score and every feature compared. A
/// market lists the funds with the most value in named companies first, each by its latest report, and at most
/// <see cref="MarketLayout.Rows"/> of them.
/// </summary>
internal static class FindingsTables
{
    public static void Write(ReportPage page, IReadOnlyList<(HoldingFinding Finding, int Index)> findings, string what)
    {
        var report = page.Report;
        var byFund = findings.ToLookup(f => f.Finding.FundId, StringComparer.Ordinal);
        if (MarketLayout.Applies(report))
        {
            var funds = MarketLayout.FundsInOrder(report).Where(f => byFund.Contains(f.Id)).ToList();
            var shown = funds.Take(MarketLayout.Rows).ToList();
            foreach (var fund in shown)
            {
                FundTable(page, fund, byFund[fund.Id].ToList(), what);
            }

            var total = byFund.Count;
            if (shown.Count < total)
            {
                var kind = char.ToLowerInvariant(what[0]) + what[1..];
                page.Note(report.Market is null
                    ? $"The first {Format.Count(shown.Count)} of {Format.Count(total)} funds with {kind} are shown; {MarketWording.FindingsWhere}."
                    : $"The latest reports of the first {Format.Count(shown.Count)} funds are shown, of {Format.Count(total)} fund reports with {kind}; {MarketWording.FindingsWhere}.");
            }

            return;
        }

        foreach (var fund in report.Funds)
        {
            if (byFund.Contains(fund.Id))
            {
                FundTable(page, fund, byFund[fund.Id].ToList(), what);
            }
        }

        var known = page.Report.Funds.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = findings.Where(f => !known.Contains(f.Finding.FundId)).ToList();
        if (orphans.Count > 0)
        {
            page.Heading(3, "Other files");
            Table(page, orphans, $"{what}: other files");
        }
    }

    private static void FundTable(ReportPage page, FundExposure fund, IReadOnlyList<(HoldingFinding Finding, int Index)> rows, string what)
    {
        page.W.Open("h3");
        page.Name(fund.DisplayName);
        page.W.Close("h3");
        page.Note($"File {fund.SourceFile}" + (fund.AsOf is { } asOf && page.Report.Market is not null ? $" · report as of {Format.Date(asOf)}" : "")
            + (MarketWording.NoLaterReport(fund) is { } gone ? $" · {gone}" : ""));
        Table(page, rows, $"{what}: {fund.DisplayName}, file {fund.SourceFile}");
    }

    private static void Table(ReportPage page, IReadOnlyList<(HoldingFinding Finding, int Index)> findings, string caption)
    {
        var currency = page.Currency;
        var w = page.W;
        var basis = Listings.FindingBasis(page.Report);
        page.Table(caption,
        [
            new Column("Line", true), new Column("Holding"), new Column("Company on the list"), new Column("State"),
            new Column(ReportPage.MoneyHeader("Value", currency), true), new Column("Weight", true), new Column("Rule, score and evidence"),
        ], () =>
        {
            foreach (var (f, i) in findings)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"findings[{i}]");
                page.Row(() => page
                    .Num(() => page.Figure(at + ".line", f.Line, Format.Line(f.Line)))
                    .RowHeader(() =>
                    {
                        page.Name(string.IsNullOrWhiteSpace(f.Name) ? "(no name)" : f.Name);
                        var listing = string.Join(" · ", new[] { f.Ticker, f.Mic ?? f.Exchange }.Where(x => !string.IsNullOrWhiteSpace(x)));
                        foreach (var id in new[] { listing, f.Isin }.Where(x => !string.IsNullOrWhiteSpace(x)))
                        {
                            w.Element("span", id, ("class", "sub"));
                        }

                        if (f.Instrument != InstrumentType.Equity || f.IsShort)
                        {
                            w.Element("span", Wording.Instrument(f, page.FundCurrency(f.FundId)), ("class", "sub"));
                        }

                        if (f.Issuer is { } issuer)
                        {
                            w.Element("span", $"issuer: {issuer}", ("class", "sub"));
                        }
                    })
                    .Cell(() =>
                    {
                        page.CompanyName(f.CompanyId, f.CompanyName);
                        w.Element("span", basis(f), ("class", "sub"));
                    })
                    .Cell(Wording.Of(f.State))
                    .Num(() =>
                    {
                        page.MoneyCell(at + ".value", f.Value, page.FundCurrency(f.FundId), currency, page.MissingValue(f.FundId));
                        if (f.ValueUnknown is { } why)
                        {
                            w.Element("span", why, ("class", "sub"));
                        }

                        if (f.ValueDisagrees is { } disagrees)
                        {
                            w.Element("span", "value disagrees with the file's weight: " + disagrees, ("class", "sub"));
                        }
                    })
                    .Num(() => page.Percent(at + ".weight", f.Weight))
                    .Cell(() =>
                    {
                        w.Element("strong", f.Rule).Text(" · score " + Format.Score(f.Score));
                        if (f.DecidedBy is not null)
                        {
                            w.Element("span", "decided by " + f.DecidedBy, ("class", "sub"));
                        }

                        if (f.Evidence.Count > 0)
                        {
                            w.Open("ul", ("class", "evidence"));
                            foreach (var e in f.Evidence)
                            {
                                w.Open("li").Text(e.Feature + ": '");
                                page.Name(e.HoldingValue);
                                w.Text("' vs '");
                                page.Name(e.ReferenceValue);
                                w.Text($"' ({Format.Score(e.Score)}) {e.Note}".TrimEnd()).Close("li");
                            }

                            w.Close("ul");
                        }
                    }, "evidence-cell"));
            }
        }, sortable: true, filterable: true, @class: "findings", headed: true);
    }
}
