using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Report;

/// <summary>
/// A market of funds from SEC N-PORT filings, in full: its figures over each fund's latest report, every registrant,
/// every fund with its entries and exits, every company by funds holding it, and every entry and exit.
/// </summary>
internal static class MarketSheets
{
    private const int ChartBars = 15;

    public static void Add(WorkbookWriter writer, ExposureReport report, MarketView market)
    {
        var lists = report.Run.Lists;
        var s = market.Summary;
        var c = s.Currency;
        var inCurrency = c is null ? "" : $" ({c})";
        writer.AddKeyValueSheet(new KeyValueSheet("Market", "A market of funds: each fund's latest report",
        [
            new("Funds (series), each counted once", CellContent.Integer(s.Funds)),
            new("Fund reports screened (every report of every fund)", CellContent.Integer(s.Reports)),
            new("Registrants filing them", CellContent.Integer(s.Registrants)),
            new("Funds whose registrant is unknown (the data set names none): in no registrant", CellContent.Integer(s.FundsRegistrantUnknown)),
            new("Reports dated from", s.FirstAsOf is null ? CellContent.Text(Wording.Unknown) : CellContent.Date(s.FirstAsOf)),
            new("Reports dated to", s.LatestAsOf is null ? CellContent.Text(Wording.Unknown) : CellContent.Date(s.LatestAsOf)),
            new("Currency of the latest reports", CellContent.Text(c ?? "mixed: totals across funds are not given")),
            new($"Fund values (net assets), latest reports{inCurrency}", CellContent.Money(s.NetAssets)),
            new($"Value {report.Terms.InCompanies}{inCurrency}", CellContent.Money(s.FlaggedValue, s.FlaggedValueAtLeast, CellContent.Money(null))),
            new("Share of fund values", CellContent.Percent(s.FlaggedShare, s.FlaggedShareAtLeast, CellContent.Percent(null))),
            new($"Value in related companies (not counted as flagged){inCurrency}", CellContent.Money(s.RelatedValue)),
            new($"Funds holding {report.Terms.ACompany}", CellContent.Integer(s.FundsHoldingNamed)),
            new("Funds holding a related company", CellContent.Integer(s.FundsHoldingRelated)),
            new($"Registrants filing funds that hold {report.Terms.ACompany}", CellContent.Integer(s.RegistrantsFilingNamed)),
            new($"{report.Terms.CompaniesTitle} held", CellContent.Integer(s.CompaniesNamed)),
            new("Related companies held", CellContent.Integer(s.CompaniesRelated)),
            new("Funds with reports of two or more dates", CellContent.Integer(s.FundsCompared)),
            new("Entries: a company a fund holds and did not in its previous report (sheet Fund changes)", s.Entries is null ? CellContent.Text(Wording.Unknown) : CellContent.Integer(s.Entries)),
            new("Exits: a company a fund held and no longer does (sheet Fund changes)", s.Exits is null ? CellContent.Text(Wording.Unknown) : CellContent.Integer(s.Exits)),
            new("Language", CellContent.WrappedText(
                (ListFraming.WhyNamed(lists) ??
                "Companies are on the list because public sources name them, or name their parent or subsidiary, in connection with alleged " +
                "Uyghur forced labour or Xinjiang surveillance.") + " A registrant files funds that hold them; this says nothing of wrongdoing " +
                "by a company, a fund or a registrant. The sheet Sources gives each source.")),
        ])
        {
            LabelWidth = 62,
            ValueWidth = 24,
            Chart = c is null ? null : new BarChartSpec($"Value in {report.Terms.CompaniesPlural}, by registrant", "Registrant", $"Value ({c})",
                market.Registrants.Where(r => r.FlaggedValue > 0).Take(ChartBars).Select(r => new BarChartPoint(r.Registrant, r.FlaggedValue!.Value)).ToList())
            {
                ValueKind = ColumnKind.Money,
            },
        });

        writer.AddTableSheet(new TableSheet<RegistrantExposure>("Registrants")
            .Text("Registrant", 44, r => r.Registrant)
            .Text("CIK", 12, r => r.Cik)
            .Integer("Funds", 9, r => r.Funds)
            .Integer($"Funds holding {report.Terms.ACompany}", 14, r => r.FundsHoldingNamed)
            .Integer($"{report.Terms.CompaniesTitle} and related companies held", 14, r => r.CompaniesHeld)
            .Text("Currency", 9, r => r.Currency)
            // Unknown (a value not known, or funds of different currencies) reads "unknown", never a blank that sums as 0.
            .Money("Fund values (net assets)", 18, r => r.NetAssets, null, Wording.Unknown)
            .Money($"Value in {report.Terms.CompaniesPlural}", 18, r => r.FlaggedValue, null, Wording.Unknown)
            .Money("Value in related companies", 18, r => r.RelatedValue, null, Wording.Unknown), market.Registrants);

        writer.AddTableSheet(new TableSheet<MarketFund>("Market funds")
            // The fund as the other sheets name it: two funds of one name by their registrants.
            .Text("Fund", 44, f => report.FundLabel(f.LatestFundId))
            .Text("Series id or name", 16, f => f.FundKey)
            .Text("Registrant", 36, f => f.Registrant)
            .Text("CIK", 12, f => f.Cik)
            .Date("Latest report", 12, f => f.LatestAsOf, Wording.Unknown)
            .Text("Latest report's fund id (sheet Funds)", 30, f => f.LatestFundId)
            .Integer("Reports", 9, f => f.Reports)
            // Not known where a fund has no earlier report to compare with: "unknown", never a blank that sums as 0.
            .Integer("Entries", 9, f => f.Entries, Wording.Unknown)
            .Integer("Exits", 9, f => f.Exits, Wording.Unknown)
            .Text("In the latest data set", 30, f => MarketWording.Presence(f.Presence)), market.Funds);

        writer.AddTableSheet(new TableSheet<MarketCompany>("Market companies")
            .Text("Company", 40, x => x.Name)
            .Text("Company id", 20, x => x.CompanyId)
            .Text("Basis", 20, x => report.Terms.Of(x.Basis))
            .Integer("Funds holding it (latest reports)", 14, x => x.Funds)
            .Integer("Registrants filing those funds", 14, x => x.Registrants)
            .Text("Currency", 9, x => x.Currency)
            .Money("Value held", 18, x => x.Value, null, Wording.Unknown)
            // Not known where none of its holders has an earlier report to compare with: "unknown", never a blank.
            .Integer("Entries", 9, x => x.Entries, Wording.Unknown)
            .Integer("Exits", 9, x => x.Exits, Wording.Unknown), market.Companies);

        writer.AddTableSheet(new TableSheet<FundChange>("Fund changes")
            .Text("Fund", 40, x => report.FundLabel(x.FundId))
            .Text("Series id or name", 16, x => x.FundKey)
            .Text("Registrant", 36, x => x.Registrant)
            .Date("From", 12, x => x.FromAsOf, Wording.Unknown)
            .Date("To", 12, x => x.ToAsOf, Wording.Unknown)
            .Text("Company", 40, x => x.CompanyName)
            .Text("Company id", 20, x => x.CompanyId)
            .Text("Change", 16, x => Wording.Code(x))
            // Blank where nothing was held (before an entry, after an exit); "unknown" where something was, of unknown value.
            .Money("Value before", 16, null, x => x.ValueBefore is { } v ? CellContent.Money(v) : CellContent.Text(x.Change == HoldingChange.Added ? null : Wording.Unknown))
            .Money("Value after", 16, null, x => x.ValueAfter is { } v ? CellContent.Money(v) : CellContent.Text(x.Change == HoldingChange.Removed ? null : Wording.Unknown)), market.Changes);
    }
}
