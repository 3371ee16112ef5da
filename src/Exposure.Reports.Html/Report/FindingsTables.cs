using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>Findings as tables, one per fund under the fund's name, each row with its rule, score and every feature compared.</summary>
internal static class FindingsTables
{
    public static void Write(ReportPage page, IReadOnlyList<(HoldingFinding Finding, int Index)> findings, string what)
    {
        foreach (var fund in page.Report.Funds)
        {
            var rows = findings.Where(f => f.Finding.FundId == fund.Id).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            page.W.Open("h3");
            page.Name(fund.Name);
            page.W.Close("h3");
            page.Note($"File {fund.SourceFile}");
            Table(page, rows, $"{what}: {fund.Name}, file {fund.SourceFile}");
        }

        var known = page.Report.Funds.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = findings.Where(f => !known.Contains(f.Finding.FundId)).ToList();
        if (orphans.Count > 0)
        {
            page.Heading(3, "Other files");
            Table(page, orphans, $"{what}: other files");
        }
    }

    private static void Table(ReportPage page, IReadOnlyList<(HoldingFinding Finding, int Index)> findings, string caption)
    {
        var currency = page.Currency;
        var w = page.W;
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

                        if (f.Instrument != InstrumentType.Equity)
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
                        w.Element("span", Wording.Of(f.Basis), ("class", "sub"));
                    })
                    .Cell(Wording.Of(f.State))
                    .Num(() =>
                    {
                        page.MoneyCell(at + ".value", f.Value, page.FundCurrency(f.FundId), currency);
                        if (f.ValueUnknown is { } why)
                        {
                            w.Element("span", why, ("class", "sub"));
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
