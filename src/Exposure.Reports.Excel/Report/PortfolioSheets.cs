using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Report;

/// <summary>The portfolio view: the scheme's look-through by holding, manager, company path, coverage and changes over time.</summary>
internal static class PortfolioSheets
{
    public static void Add(WorkbookWriter writer, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        writer.AddKeyValueSheet(new KeyValueSheet("Scheme", p.Title,
        [
            new("Report currency", CellContent.Text(c)),
            new("As of", CellContent.Date(p.AsOf)),
            new($"Amount invested ({c})", CellContent.Money(p.TotalInvested)),
            new($"Looked through to company level ({c})", CellContent.Money(p.Coverage.LookedThrough)),
            new("Share looked through", CellContent.Percent(p.Coverage.LookedThroughShare)),
            new($"Value in companies named by a source ({c})", CellContent.Money(p.FlaggedValue)),
            new("Share of amount invested", CellContent.Percent(p.FlaggedShare)),
            .. (SchemeBounds.Scheme(p) is { } cover
                ? [new KeyValueEntry("What the named, related and review values cover", CellContent.WrappedText("Each is " + cover + "."))]
                : Array.Empty<KeyValueEntry>()),
            .. Split(p.FlaggedByInstrument, c),
            new("Named companies held through the scheme", CellContent.Integer(p.CompaniesNamed)),
            new("Related companies held through the scheme", CellContent.Integer(p.CompaniesRelated)),
            new("Companies held through holdings awaiting review", CellContent.Integer(p.CompaniesInReview)),
            new($"Value in related companies ({c})", CellContent.Money(p.RelatedValue)),
            new($"Value awaiting review ({c})", CellContent.Money(p.ReviewValue)),
            new("Exchange rates", CellContent.WrappedText(p.FxRates.Count == 0 ? "none needed"
                : string.Join("; ", p.FxRates.Select(r => string.Create(CultureInfo.InvariantCulture, $"1 {r.From} = {r.Rate} {r.To}"))))),
        ])
        {
            LabelWidth = 50,
            ValueWidth = 28,
            Chart = new BarChartSpec("Value in named companies, by manager", "Manager", $"Value ({c})",
                p.Managers.Where(m => m.FlaggedValue is not null).Select(m => new BarChartPoint(m.Manager, m.FlaggedValue ?? 0)).ToList()) { ValueKind = ColumnKind.Money },
        });

        writer.AddTableSheet(new TableSheet<EntryExposure>("Scheme holdings")
            .Text("Holding", 36, e => e.Name)
            .Text("Kind", 8, e => e.Kind == EntryKind.Index ? "index" : "fund")
            .Text("Manager", 20, e => e.Manager)
            .Money("Amount invested", 16, e => e.AmountInvested)
            .Text("Currency", 9, e => e.Currency)
            .Money("Amount", 16, e => e.AmountInReportCurrency, c)
            .Money("Looked through", 16, e => e.LookedThrough, c)
            .Money("Named companies", 16, e => e.FlaggedValue, c, Wording.Unknown)
            .Percent("Named share", 11, e => e.FlaggedShare, Wording.Unknown)
            .Money("Related companies", 16, e => e.RelatedValue, c, Wording.Unknown)
            .Money("Awaiting review", 16, e => e.ReviewValue, c, Wording.Unknown)
            .Text("Not looked through because", 24, e => e.NotLookedThrough)
            .Date("Latest snapshot", 12, e => e.SnapshotAsOf)
            .Integer("Snapshots", 9, e => e.Snapshots)
            .Text("File", 30, e => e.SnapshotFile), p.Entries);

        writer.AddTableSheet(new TableSheet<ManagerExposure>("Managers")
            .Text("Manager", 30, m => m.Manager)
            .Money("Amount", 16, m => m.AmountInvested, c)
            .Money("Named companies", 16, m => m.FlaggedValue, c, Wording.Unknown)
            .Percent("Named share", 11, m => m.FlaggedShare, Wording.Unknown)
            .Money("Related companies", 16, m => m.RelatedValue, c, Wording.Unknown)
            .Integer("Holdings", 9, m => m.Entries)
            .WrappedText("Holdings not looked through", 40, m => SchemeBounds.Manager(p, m)), p.Managers);

        writer.AddTableSheet(new TableSheet<(PortfolioCompanyExposure Company, ExposurePath Path)>("Exposure paths")
            .Text("Company", 36, x => x.Company.Name)
            .Text("State", 12, x => Wording.Code(x.Company.State))
            .Text("Path", 50, x => x.Path.Route)
            .Text("Path (ids)", 30, x => x.Path.Path)
            .Text("Manager", 20, x => x.Path.Manager)
            .Money("Value", 16, x => x.Path.Value, c)
            .Percent("Weight in the holding", 12, x => x.Path.Weight)
            .Money("Company total", 16, x => x.Company.Value, c)
            .Percent("Company share of scheme", 12, x => x.Company.Share),
            p.Companies.SelectMany(co => co.Paths.Select(path => (co, path))));

        writer.AddTableSheet(new TableSheet<CoverageGap>("Coverage")
            .Text("Holding", 20, g => g.EntryId)
            .Text("Path", 50, g => g.Route)
            .Text("Kind", 22, g => Wording.Code(g.Kind))
            .WrappedText("Not looked through because", 50, g => g.Reason)
            .Money("Value", 16, g => g.Value, c), p.Coverage.Gaps);

        writer.AddTableSheet(new TableSheet<SnapshotChange>("Changes")
            .Text("Holding", 20, x => x.EntryId)
            .Date("From", 12, x => x.FromAsOf)
            .Date("To", 12, x => x.ToAsOf)
            .Text("Company", 36, x => x.CompanyName)
            .Text("Change", 10, x => Wording.Code(x.Change))
            .Percent("Weight before", 12, x => x.WeightBefore)
            .Percent("Weight after", 12, x => x.WeightAfter)
            .Text("From file", 28, x => x.FromFile)
            .Text("To file", 28, x => x.ToFile), p.Changes);
    }

    /// <summary>How the flagged value is held, when not all in shares: shares, bonds, other instruments, and derivatives' notional apart.</summary>
    private static IEnumerable<KeyValueEntry> Split(HeldSplit? split, string c) =>
        split is not { HasMoreThanShares: true } s
            ? []
            :
            [
                new($"Of it, in shares ({c})", CellContent.Money(s.Shares)),
                new($"Of it, in bonds ({c})", CellContent.Money(s.Bonds)),
                new($"Of it, in other instruments ({c})", CellContent.Money(s.Other)),
                new($"Derivatives' notional on named companies, not added ({c})", CellContent.Money(s.DerivativeNotional)),
            ];
}
