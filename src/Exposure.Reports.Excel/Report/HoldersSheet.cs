using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Report;

/// <summary>
/// Each company held and each fund that holds it, as the PDF and the web page give them under "Where … is held": the
/// value, weight and rows of the company in the fund. In a market of funds from filings, each fund by its latest report.
/// </summary>
internal static class HoldersSheet
{
    public const string Name = "Companies by fund";

    public static TableSheet<(CompanyExposure Company, CompanyHolding Holding)> Sheet(ExposureReport report) =>
        new TableSheet<(CompanyExposure Company, CompanyHolding Holding)>(Name)
            .Text("Company", 40, x => x.Company.NameEn)
            .Text($"{Wording.Capitalised(report.Terms.Adjective)} or related", 16, x => Listings.NamedAs(x.Company.Basis, x.Company, report.Run.Lists))
            .Text("Fund", 44, x => report.FundLabel(x.Holding.FundId))
            .Date("As of", 12, x => x.Holding.AsOf, Wording.Unknown)
            .Text("Currency", 10, x => x.Holding.Currency)
            .Money("Value held", 18, x => x.Holding.Value, null, x => Wording.MissingValue(report.Fund(x.Holding.FundId)))
            .Integer("Rows of unknown value", 10, x => x.Holding.RowsWithoutValue)
            .Percent("Weight", 10, x => x.Holding.Weight, Wording.Unknown)
            .Integer("Rows", 8, x => x.Holding.Rows)
            .WrappedText("Held through", 40, x => string.Join("; ", Wording.HeldThrough(x.Holding)));

    /// <summary>The rows: companies in the model's order, each company's funds in its order; in a market, only each fund's latest report.</summary>
    public static IEnumerable<(CompanyExposure Company, CompanyHolding Holding)> Rows(ExposureReport report)
    {
        var latest = report.Market is null ? null : MarketLayout.LatestReports(report);
        return report.Companies.SelectMany(c => c.Holdings
            .Where(h => latest is null || latest.Contains(h.FundId))
            .Select(h => (c, h)));
    }
}
