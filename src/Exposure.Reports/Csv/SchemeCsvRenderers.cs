using System.Text.Json;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>
/// The scheme's figures as CSV files, written only for a scheme (<c>--portfolio</c>): the workbook's Scheme holdings,
/// Managers, Exposure paths and Coverage sheets, in the report currency. A value that is unknown is empty, never 0; a
/// share of an amount of 0 is empty too (not defined); each figure's <c>_bound</c> column says how it reads: <c>exact</c>,
/// <c>at-least</c>, <c>none-looked-through</c> or <c>values-unknown</c> (docs/portfolio.md).
/// </summary>
internal static class SchemeCsv
{
    /// <summary>How a figure reads, as the JSON's <c>bounds</c> give it; empty where the figure itself is unknown (empty).</summary>
    public static void Reading(this CsvHelper.CsvWriter csv, decimal? value, Bound bound) =>
        csv.WriteField(value is null ? "" : JsonNamingPolicy.KebabCaseLower.ConvertName(bound.ToString()));
}

/// <summary>One line per holding of the scheme, and a last line for the scheme (<c>kind</c> <c>scheme</c>).</summary>
public sealed class SchemeHoldingsCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns =
    [
        "holding_id", "holding", "kind", "manager", "amount_invested", "currency", "amount", "report_currency", "looked_through",
        "named_value", "named_value_bound", "named_share", "related_value", "related_value_bound", "review_value", "review_value_bound",
        "values_unknown", "not_looked_through", "snapshot_as_of", "snapshot_file",
    ];

    public string Format => "csv";
    public string FileName => "scheme-holdings.csv";

    public bool Applies(ExposureReport report) => report.Portfolio is not null;

    public void Render(ExposureReport report, Stream output)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        if (report.Portfolio is not { } p) return;
        foreach (var e in p.Entries)
        {
            var b = e.Bounds;
            csv.Text(e.Id);
            csv.Text(e.Name);
            csv.Text(e.Kind == EntryKind.Index ? "index" : "fund");
            csv.Text(e.Manager);
            csv.Number(e.AmountInvested);
            csv.Text(e.Currency);
            csv.Number(e.AmountInReportCurrency);
            csv.Text(p.ReportCurrency);
            csv.Number(e.LookedThrough);
            csv.Number(e.FlaggedValue);
            csv.Reading(e.FlaggedValue, b.FlaggedValue);
            csv.Fraction(e.FlaggedShare);
            csv.Number(e.RelatedValue);
            csv.Reading(e.RelatedValue, b.RelatedValue);
            csv.Number(e.ReviewValue);
            csv.Reading(e.ReviewValue, b.ReviewValue ?? Bound.Exact);
            csv.WriteField(e.ValuesUnknown?.Total ?? 0);
            csv.Text(e.NotLookedThrough);
            csv.Text(e.SnapshotAsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            csv.Text(e.SnapshotFile);
            csv.NextRecord();
        }

        var bounds = p.Bounds;
        csv.Text("");
        csv.Text(p.Title);
        csv.Text("scheme");
        csv.Text("");
        csv.Number(p.TotalInvested);
        csv.Text(p.ReportCurrency);
        csv.Number(p.TotalInvested);
        csv.Text(p.ReportCurrency);
        csv.Number(p.Coverage.LookedThrough);
        csv.Number(p.FlaggedValue);
        csv.Reading(p.FlaggedValue, bounds.FlaggedValue);
        csv.Fraction(p.FlaggedShare);
        csv.Number(p.RelatedValue);
        csv.Reading(p.RelatedValue, bounds.RelatedValue);
        csv.Number(p.ReviewValue);
        csv.Reading(p.ReviewValue, bounds.ReviewValue ?? Bound.Exact);
        csv.WriteField(p.ValuesUnknown?.Total ?? 0);
        csv.Text(SchemeBounds.Scheme(p));
        csv.Text(p.HoldingsAsOf);
        csv.Text("");
        csv.NextRecord();
    }
}

/// <summary>One line per manager of the scheme: its holdings added up.</summary>
public sealed class SchemeManagersCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns =
    [
        "manager", "amount", "report_currency", "named_value", "named_value_bound", "named_share", "related_value", "related_value_bound",
        "holdings", "holdings_not_looked_through", "funds_not_looked_through", "not_looked_through",
    ];

    public string Format => "csv";
    public string FileName => "scheme-managers.csv";

    public bool Applies(ExposureReport report) => report.Portfolio is not null;

    public void Render(ExposureReport report, Stream output)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        if (report.Portfolio is not { } p) return;
        foreach (var m in p.Managers)
        {
            var b = m.Bounds;
            csv.Text(m.Manager);
            csv.Number(m.AmountInvested);
            csv.Text(p.ReportCurrency);
            csv.Number(m.FlaggedValue);
            csv.Reading(m.FlaggedValue, b.FlaggedValue);
            csv.Fraction(m.FlaggedShare);
            csv.Number(m.RelatedValue);
            csv.Reading(m.RelatedValue, b.RelatedValue);
            csv.WriteField(m.Entries);
            csv.WriteField(m.EntriesNotLookedThrough);
            csv.WriteField(m.FundsNotLookedThrough);
            csv.Text(SchemeBounds.Manager(p, m));
            csv.NextRecord();
        }
    }
}

/// <summary>One line per path from a holding of the scheme to a company it leads to, with the company's total.</summary>
public sealed class SchemePathsCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns =
    [
        "company_id", "company", "state", "path", "route", "manager", "value", "value_bound", "weight", "value_unknown",
        "derivative_notional", "short_derivative_notional", "report_currency", "company_value", "company_value_bound", "company_share", "company_values_unknown",
    ];

    public string Format => "csv";
    public string FileName => "scheme-paths.csv";

    public bool Applies(ExposureReport report) => report.Portfolio is not null;

    public void Render(ExposureReport report, Stream output)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        if (report.Portfolio is not { } p) return;
        foreach (var company in p.Companies)
        {
            foreach (var path in company.Paths)
            {
                csv.Text(company.CompanyId);
                csv.Text(company.Name);
                csv.Text(Wording.Code(company.State));
                csv.Text(path.Path);
                csv.Text(path.Route);
                csv.Text(path.Manager);
                csv.Number(path.Value);
                csv.Reading(path.Value, path.ValueBound);
                csv.Fraction(path.Weight);
                csv.Text(path.ValueUnknown);
                csv.Number(path.Notional);
                csv.Number(path.ShortNotional);
                csv.Text(p.ReportCurrency);
                csv.Number(company.Value);
                csv.Reading(company.Value, company.ValueBound);
                csv.Fraction(company.Share);
                csv.WriteField(company.ValuesUnknown);
                csv.NextRecord();
            }
        }
    }
}

/// <summary>One line per amount of the scheme not looked through to company level, with where and why.</summary>
public sealed class SchemeCoverageCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns = ["holding_id", "path", "route", "kind", "reason", "value", "report_currency"];

    public string Format => "csv";
    public string FileName => "scheme-coverage.csv";

    public bool Applies(ExposureReport report) => report.Portfolio is not null;

    public void Render(ExposureReport report, Stream output)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        if (report.Portfolio is not { } p) return;
        foreach (var g in p.Coverage.Gaps)
        {
            csv.Text(g.EntryId);
            csv.Text(g.Path);
            csv.Text(g.Route);
            csv.Text(Wording.Code(g.Kind));
            csv.Text(g.Reason);
            csv.Number(g.Value);
            csv.Text(p.ReportCurrency);
            csv.NextRecord();
        }
    }
}
