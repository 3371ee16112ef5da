using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Report;

/// <summary>The portfolio view: the scheme's look-through by holding, manager, company path, coverage and changes over time.</summary>
internal static class PortfolioSheets
{
    public static void Add(WorkbookWriter writer, PortfolioExposure p, ListTerms t)
    {
        var c = p.ReportCurrency;
        var bounds = p.Bounds;
        writer.AddKeyValueSheet(new KeyValueSheet("Scheme", p.Title,
        [
            new("Report currency", CellContent.Text(c)),
            new("As of", p.AsOf is null ? CellContent.Text(Wording.NoSchemeDate) : CellContent.Date(p.AsOf)),
            new($"Amount invested ({c})", CellContent.Money(p.TotalInvested)),
            new($"Looked through to company level ({c})", CellContent.Money(p.Coverage.LookedThrough)),
            new("Share looked through", p.TotalInvested == 0 ? CellContent.Text(SchemeBounds.NotDefined) : CellContent.Percent(p.Coverage.LookedThroughShare)),
            new($"Value {t.InCompanies} ({c})", Money(p.FlaggedValue, bounds.FlaggedValue, stated: true)),
            new("Share of amount invested", p.TotalInvested == 0 ? CellContent.Text(SchemeBounds.NotDefined) : Percent(p.FlaggedShare, bounds.FlaggedValue)),
            .. (SchemeBounds.Scheme(p) is { } cover
                ? [new KeyValueEntry("What the named, related and review values cover", CellContent.WrappedText("Each is " + cover + "."))]
                : Array.Empty<KeyValueEntry>()),
            .. (SchemeBounds.ValuesUnknown(p) is { } unknown
                ? [new KeyValueEntry("Holdings whose value is unknown", CellContent.WrappedText(unknown + "."))]
                : Array.Empty<KeyValueEntry>()),
            .. Split(p.FlaggedByInstrument, c),
            new($"{t.CompaniesTitle} held through the scheme", CellContent.Integer(p.CompaniesNamed)),
            new("Related companies held through the scheme", CellContent.Integer(p.CompaniesRelated)),
            new("Companies held through holdings awaiting review", CellContent.Integer(p.CompaniesInReview)),
            new($"Value in related companies ({c})", Money(p.RelatedValue, bounds.RelatedValue, stated: true)),
            new($"Value awaiting review ({c})", Money(p.ReviewValue, bounds.ReviewValue ?? Bound.Exact, stated: true)),
            new("Exchange rates", CellContent.WrappedText(p.FxRates.Count == 0 ? "none needed"
                : string.Join("; ", p.FxRates.Select(r => string.Create(CultureInfo.InvariantCulture, $"1 {r.From} = {r.Rate} {r.To}"))))),
        ])
        {
            LabelWidth = 50,
            ValueWidth = 28,
            // As the PDF's and the web page's: a lower bound reads "at least", and a manager none of whose holdings was looked through is there, unknown.
            Chart = new BarChartSpec($"Value in {t.CompaniesPlural}, by manager", "Manager", $"Value ({c})",
                p.Managers.Select(m => m.FlaggedValue is null ? new BarChartPoint($"{m.Manager}: not looked through", null)
                    : m.Bounds.FlaggedValue switch
                    {
                        Bound.AtLeast => new BarChartPoint($"{m.Manager} ({SchemeBounds.AtLeast})", m.FlaggedValue, AtLeast: true),
                        Bound.NoneLookedThrough or Bound.ValuesUnknown => new BarChartPoint($"{m.Manager}: {SchemeBounds.Stated(m.Bounds.FlaggedValue, "")}", null),
                        _ => new BarChartPoint(m.Manager, m.FlaggedValue),
                    }).ToList()) { ValueKind = ColumnKind.Money },
        });

        writer.AddTableSheet(new TableSheet<EntryExposure>("Scheme holdings")
            .Text("Holding", 36, e => e.Name)
            .Text("Kind", 8, e => e.Kind == EntryKind.Index ? "index" : "fund")
            .Text("Manager", 20, e => e.Manager)
            .Money("Amount invested", 16, e => e.AmountInvested)
            .Text("Currency", 9, e => e.Currency)
            .Money("Amount", 16, e => e.AmountInReportCurrency, c)
            .Money("Looked through", 16, e => e.LookedThrough, c)
            .Money("Named companies", 16, c, e => Money(e.FlaggedValue, e.Bounds.FlaggedValue))
            .Percent("Named share", 11, e => e.AmountInReportCurrency == 0 ? CellContent.Text(SchemeBounds.NotDefined) : Percent(e.FlaggedShare, e.Bounds.FlaggedValue))
            .Money("Related companies", 16, c, e => Money(e.RelatedValue, e.Bounds.RelatedValue))
            .Money("Awaiting review", 16, c, e => Money(e.ReviewValue, e.Bounds.ReviewValue ?? Bound.Exact))
            .Integer("Holdings of unknown value", 10, e => e.ValuesUnknown?.Total ?? 0)
            .Text("Not looked through because", 24, e => e.NotLookedThrough)
            .Date("Latest snapshot", 12, e => e.SnapshotAsOf, e => e.SnapshotFile is null ? Wording.NoFile : Wording.Unknown)
            .Integer("Snapshots", 9, e => e.Snapshots)
            .Text("File", 30, e => e.SnapshotFile), p.Entries);

        writer.AddTableSheet(new TableSheet<ManagerExposure>("Managers")
            .Text("Manager", 30, m => m.Manager)
            .Money("Amount", 16, m => m.AmountInvested, c)
            .Money("Named companies", 16, c, m => Money(m.FlaggedValue, m.Bounds.FlaggedValue))
            .Percent("Named share", 11, m => m.AmountInvested == 0 ? CellContent.Text(SchemeBounds.NotDefined) : Percent(m.FlaggedShare, m.Bounds.FlaggedValue))
            .Money("Related companies", 16, c, m => Money(m.RelatedValue, m.Bounds.RelatedValue))
            .Integer("Holdings", 9, m => m.Entries)
            .WrappedText("Holdings not looked through", 40, m => SchemeBounds.Manager(p, m)), p.Managers);

        writer.AddTableSheet(new TableSheet<(PortfolioCompanyExposure Company, ExposurePath Path)>("Exposure paths")
            .Text("Company", 36, x => x.Company.Name)
            .Text("State", 12, x => Wording.Code(x.Company.State))
            .Text("Path", 50, x => x.Path.Route)
            .Text("Path (ids)", 30, x => x.Path.Path)
            .Text("Manager", 20, x => x.Path.Manager)
            .Money("Value", 16, c, x => Money(x.Path.Value, x.Path.ValueBound))
            .Percent("Weight in the holding", 12, x => x.Path is { Weight: null, Value: not null } ? CellContent.Text(SchemeBounds.NotDefined) : Percent(x.Path.Weight, x.Path.ValueBound))
            .Text("Why the value is unknown", 30, x => x.Path.ValueUnknown)
            .Text("Derivatives (apart)", 30, x => SchemeBounds.Notional(x.Path, c))
            .Money("Company total", 16, c, x => Money(x.Company.Value, x.Company.ValueBound))
            .Percent("Company share of scheme", 12, x => p.TotalInvested == 0 ? CellContent.Text(SchemeBounds.NotDefined) : Percent(x.Company.Share, x.Company.ValueBound))
            .Integer("Company holdings of unknown value", 10, x => x.Company.ValuesUnknown),
            p.Companies.SelectMany(co => co.Paths.Select(path => (co, path))));

        writer.AddTableSheet(new TableSheet<CoverageGap>("Coverage")
            .Text("Holding", 20, g => g.EntryId)
            .Text("Path", 50, g => g.Route)
            .Text("Kind", 22, g => Wording.Code(g.Kind))
            .WrappedText("Not looked through because", 50, g => g.Reason)
            .Money("Value", 16, g => g.Value, c), p.Coverage.Gaps);

        writer.AddTableSheet(new TableSheet<SnapshotChange>("Changes")
            .Text("Holding", 20, x => x.EntryId)
            .Date("From", 12, x => x.FromAsOf, Wording.Unknown)
            .Date("To", 12, x => x.ToAsOf, Wording.Unknown)
            .Text("Company", 36, x => x.CompanyName)
            .Text("Change", 10, x => Wording.Code(x.Change))
            .Percent("Weight before", 12, x => x.WeightBefore)
            .Percent("Weight after", 12, x => x.WeightAfter)
            .Text("From file", 28, x => x.FromFile)
            .Text("To file", 28, x => x.ToFile), p.Changes);
    }

    /// <summary>
    /// A figure as the model says to read it (<see cref="SchemeBounds.Kind"/>): the number; a lower bound, a number shown as
    /// "at least"; a lower bound of zero, or an unknown figure, in words (in a list of facts, <paramref name="stated"/>, in full).
    /// </summary>
    private static CellContent Money(decimal? value, Bound bound, bool stated = false) => (value, bound) switch
    {
        (null, _) => CellContent.Text(Wording.Unknown),
        ({ } v, Bound.AtLeast) => CellContent.MoneyAtLeast(v),
        (_, Bound.NoneLookedThrough or Bound.ValuesUnknown) => CellContent.Text(stated ? SchemeBounds.Stated(bound, "") : Wording.Unknown),
        ({ } v, _) => CellContent.Money(v),
    };

    /// <inheritdoc cref="Money"/>
    private static CellContent Percent(decimal? fraction, Bound bound) => (fraction, bound) switch
    {
        (null, _) => CellContent.Text(Wording.Unknown),
        ({ } v, Bound.AtLeast) => CellContent.PercentAtLeast(v),
        (_, Bound.NoneLookedThrough or Bound.ValuesUnknown) => CellContent.Text(Wording.Unknown),
        ({ } v, _) => CellContent.Percent(v),
    };

    /// <summary>
    /// How the flagged value is held, when not all in shares: shares, bonds, other instruments, and derivatives' notional
    /// apart, short derivatives' apart from the others' (given where there is one).
    /// </summary>
    private static IEnumerable<KeyValueEntry> Split(HeldSplit? split, string c) =>
        split is not { HasMoreThanShares: true } s
            ? []
            :
            [
                new($"Of it, in shares ({c})", CellContent.Money(s.Shares)),
                new($"Of it, in bonds ({c})", CellContent.Money(s.Bonds)),
                new($"Of it, in other instruments ({c})", CellContent.Money(s.Other)),
                new($"Derivatives' notional on named companies, not added ({c})", CellContent.Money(s.DerivativeNotional)),
                .. (s.ShortNotional != 0 ? [new KeyValueEntry($"{Wording.ShortNotionalLabel} ({c})", CellContent.Money(s.ShortNotional))] : Array.Empty<KeyValueEntry>()),
            ];
}
