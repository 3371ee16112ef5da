using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// A market of funds from SEC N-PORT filings, readable however many funds it has: its figures over each fund's latest
/// report, the companies held by the most funds and with the most value, the registrants filing funds that hold named
/// companies, the largest holdings, and the entries and exits between reports. Each table shows its first rows
/// (<see cref="MarketLayout"/>) and says how many more there are and where every one is listed. All from the model.
/// </summary>
internal sealed class MarketSection : IReportSection
{
    public const string Title = "The market: funds, registrants and companies";
    public const string ByFundsTitle = "Companies held by the most funds";
    public const string ByValueTitle = "Companies by value held";
    public const string RegistrantsTitle = "Registrants by exposure";
    public const string HoldingsTitle = "Largest holdings";
    public const string ChangesTitle = "Entries and exits between reports";

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        if (context.Report.Market is not { } market)
        {
            yield break;
        }

        var s = market.Summary;
        var c = s.Currency;
        var t = context.Report.Terms;
        yield return new Heading(Title);
        yield return new Paragraph(
            "Each fund (an SEC series) counts once, by its latest report in the data sets screened; earlier reports serve only to show " +
            "which companies funds entered and left. A registrant is the trust that files a fund's reports. Flagged value counts holdings " +
            $"{t.InCompanies}; related value (a listed parent or subsidiary of {t.AnEntity}) is given beside it and never " +
            "added to it. Holding a company a source names says nothing of wrongdoing by a fund or its registrant.");
        yield return new KeyValueList { KeyWidthFraction = Typography.SummaryKeyWidth, FontSize = Typography.FactsSize }
            .Add("Funds screened, each counted once", $"{Typography.Count(s.Funds)} ({Typography.Plural(s.Reports, "report", "reports")} in all)")
            .Add("Registrants filing them", Typography.Count(s.Registrants) + (s.FundsRegistrantUnknown > 0 ? $" ({MarketWording.RegistrantUnknownFunds(s)})" : ""))
            .Add("Reports dated", Dates(s))
            .Add($"Funds holding {t.ACompanyBy}", $"{Typography.Count(s.FundsHoldingNamed)} of {Typography.Count(s.Funds)}")
            .Add("Funds holding a related company (not counted as flagged)", $"{Typography.Count(s.FundsHoldingRelated)} of {Typography.Count(s.Funds)}")
            .Add($"Registrants filing funds that hold {t.ACompany}", MarketWording.RegistrantsFilingFlagged(s))
            .Add($"{Wording.Capitalised(t.CompaniesPlural)} held / related companies held", $"{Typography.Count(s.CompaniesNamed)} / {Typography.Count(s.CompaniesRelated)}")
            .Add("Currency", c ?? "mixed: the latest reports are in different currencies, so no total is given")
            .Add("Fund values (net assets) of the latest reports", Typography.Money(s.NetAssets, c))
            .Add($"Value {t.InCompanies} (flagged), share of fund values",
                Wording.FlaggedValueAtLeast(s) + (s.FlaggedShare is null ? Typography.Money(s.FlaggedValue, c) : $"{Typography.Money(s.FlaggedValue, c)} ({Wording.FlaggedShareAtLeast(s)}{Typography.Percent(s.FlaggedShare)})"))
            .Add("Value in related companies (not counted as flagged)", Typography.Money(s.RelatedValue, c))
            .Add("Entries and exits between reports", s.FundsCompared == 0
                ? "none to compare: every fund has reports of one date"
                : $"{Typography.Plural(s.Entries, "entry", "entries")} and {Typography.Plural(s.Exits, "exit", "exits")} across " +
                  $"{Typography.Plural(s.FundsCompared, "fund", "funds")} with reports of two or more dates");

        foreach (var element in ByFunds(market, t).Concat(ByValue(market, t)).Concat(Registrants(market, t)).Concat(Holdings(context.Report, market)).Concat(Changes(market, t)))
        {
            yield return element;
        }

        yield return new PageBreak();
    }

    private static string Dates(MarketSummary s) =>
        s.FirstAsOf is null ? "unknown"
        : s.FirstAsOf == s.LatestAsOf ? Typography.Date(s.FirstAsOf)
        : $"{Typography.Date(s.FirstAsOf)} to {Typography.Date(s.LatestAsOf)}";

    /// <summary>"named" or "related: parent of named", under the company's name.</summary>
    private static TableCell Company(string name, Basis basis, ListTerms t) =>
        new(name) { More = [new TextSpan("\n" + (basis == Basis.Named ? t.By : "related: " + t.Of(basis))) { Color = Typography.Muted }] };


    private static IEnumerable<IElement> ByFunds(MarketView market, ListTerms t)
    {
        var held = market.Companies.Where(x => x.Funds > 0).ToList();
        yield return new Heading(ByFundsTitle, 2);
        if (held.Count == 0)
        {
            yield return new Paragraph("No fund's latest report holds a company on the list (as named or related).");
            yield break;
        }

        var c = market.Summary.Currency;
        var compared = market.Summary.FundsCompared > 0;
        yield return new KeepWithNext(Typography.Note(
            $"{t.CompaniesTitle} and related companies by the number of funds whose latest report holds them, with the registrants filing those " +
            "funds and the value held." + (compared ? " Entries and exits count the funds that entered or left the company between two of their reports." : "")));
        TableColumn[] columns =
        [
            new TableColumn("Company", ColumnWidth.Relative(2.4)),
            Typography.CountColumn("Funds"),
            Typography.CountColumn("Registrants"),
            Typography.MoneyColumn("Value held", c),
        ];
        var table = new Table(compared ? [.. columns, Typography.CountColumn("Entries"), Typography.CountColumn("Exits")] : columns);
        var shown = held.Take(MarketLayout.Rows).ToList();
        foreach (var x in shown)
        {
            TableCell[] cells = [Company(x.Name, x.Basis, t), Typography.Count(x.Funds), Typography.Count(x.Registrants), Typography.MoneyCell(x.Value, x.Currency, c)];
            table.AddRow(compared ? [.. cells, Typography.Count(x.Entries), Typography.Count(x.Exits)] : cells);
        }

        yield return table;
        foreach (var e in Typography.NoteIfAny(MarketWording.Rest(shown.Count, held.Count, "companies held", MarketWording.CompaniesWhere)))
        {
            yield return e;
        }
    }

    private static IEnumerable<IElement> ByValue(MarketView market, ListTerms t)
    {
        var c = market.Summary.Currency;
        var ranked = MarketLayout.CompaniesByValue(market);
        if (ranked.Count == 0)
        {
            yield break;
        }

        yield return new Heading(ByValueTitle, 2);
        if (c is null)
        {
            yield return new Paragraph("Not ranked: the funds' latest reports are in different currencies, and values in different currencies are not compared or summed.");
            yield break;
        }

        yield return new KeepWithNext(Typography.Note("Value held in the funds' latest reports. A company whose value is not known in some fund comes last, with its value not given."));
        var table = new Table(
        [
            new TableColumn("Company", ColumnWidth.Relative(2.6)),
            Typography.MoneyColumn("Value held", c),
            Typography.CountColumn("Funds"),
            Typography.CountColumn("Registrants"),
        ]);
        var shown = ranked.Take(MarketLayout.Rows).ToList();
        foreach (var x in shown)
        {
            table.AddRow(Company(x.Name, x.Basis, t), Typography.MoneyCell(x.Value, x.Currency, c), Typography.Count(x.Funds), Typography.Count(x.Registrants));
        }

        yield return table;
        foreach (var e in Typography.NoteIfAny(MarketWording.Rest(shown.Count, ranked.Count, "companies held", MarketWording.CompaniesWhere)))
        {
            yield return e;
        }
    }

    private static IEnumerable<IElement> Registrants(MarketView market, ListTerms t)
    {
        var c = market.Summary.Currency;
        yield return new Heading(RegistrantsTitle, 2);
        yield return new KeepWithNext(Typography.Note(
            $"Each registrant files funds; the figures are over its funds' latest reports, largest value in {t.CompaniesPlural} first. A " +
            $"registrant whose funds report in different currencies has no total. Companies held counts the {t.Adjective} and related companies " +
            "its funds hold."));
        var table = new Table(
        [
            new TableColumn("Registrant", ColumnWidth.Relative(2.2)),
            Typography.NarrowCountColumn("Funds"),
            Typography.CountColumn($"Funds holding {t.ACompany}"),
            Typography.CountColumn("Companies held"),
            Typography.MoneyColumn("Fund values", c),
            Typography.MoneyColumn(t.CompaniesTitle, c),
            Typography.MoneyColumn("Related companies", c),
        ]);
        var shown = market.Registrants.Take(MarketLayout.Rows).ToList();
        foreach (var r in shown)
        {
            table.AddRow(
                new TableCell(r.Registrant) { More = r.Cik is null ? [] : [new TextSpan($"\nCIK {r.Cik}") { Color = Typography.Muted }] },
                Typography.Count(r.Funds),
                Typography.Count(r.FundsHoldingNamed),
                Typography.Count(r.CompaniesHeld),
                Typography.MoneyCell(r.NetAssets, r.Currency, c),
                Typography.MoneyCell(r.FlaggedValue, r.Currency, c),
                Typography.MoneyCell(r.RelatedValue, r.Currency, c));
        }

        yield return table;
        foreach (var e in Typography.NoteIfAny(MarketWording.Rest(shown.Count, market.Registrants.Count, "registrants", MarketWording.RegistrantsWhere)))
        {
            yield return e;
        }
    }

    private static IEnumerable<IElement> Holdings(ExposureReport report, MarketView market)
    {
        if (market.LargestHoldings.Count == 0)
        {
            yield break;
        }

        var c = market.Summary.Currency;
        yield return new Heading(HoldingsTitle, 2);
        yield return new KeepWithNext(Typography.Note(
            (c is null ? "A fund's holdings of one company in its latest report, largest weight first (the funds report in different currencies)."
                : "A fund's holdings of one company in its latest report, largest value first.") +
            " The weight is the holding's share of the fund's value. " + MarketWording.HoldingsWhere));
        var table = new Table(
        [
            new TableColumn("Fund", ColumnWidth.Relative(2)),
            new TableColumn("Company", ColumnWidth.Relative(2)),
            Typography.MoneyColumn("Value", c),
            Typography.PercentColumn("Weight"),
        ]);
        foreach (var h in market.LargestHoldings)
        {
            table.AddRow(
                // The fund as the rest of the report names it (two funds of one name by their registrants), and who files it.
                new TableCell(report.FundLabel(h.FundId)) { More = MarketWording.Filer(h.Registrant, h.Cik) is { } filer ? [new TextSpan("\n" + filer) { Color = Typography.Muted }] : [] },
                new TableCell(h.CompanyName) { More = [new TextSpan("\n" + Wording.Of(h.State)) { Color = Typography.Muted }] },
                Typography.MoneyCell(h.Value, h.Currency, c),
                Typography.Percent(h.Weight));
        }

        yield return table;
    }

    private static IEnumerable<IElement> Changes(MarketView market, ListTerms t)
    {
        var s = market.Summary;
        yield return new Heading(ChangesTitle, 2);
        if (s.FundsCompared == 0)
        {
            yield return new Paragraph(MarketWording.NothingToCompare);
            yield break;
        }

        yield return new Paragraph(
            $"{Typography.Plural(s.FundsCompared, "fund has", "funds have")} reports of two or more dates. Between one report and the next there " +
            $"{(s.Entries == 1 ? "is" : "are")} {Typography.Plural(s.Entries, "entry", "entries")} (a fund newly holding a {t.Adjective.Replace(" or ", ", ", StringComparison.Ordinal)} or related company) and " +
            $"{Typography.Plural(s.Exits, "exit", "exits")} (a fund no longer holding one).{MarketWording.InDoubt(s)} " + MarketWording.ChangesWhere);
        foreach (var (entries, title) in new[] { (true, "Companies most entered"), (false, "Companies most left") })
        {
            var most = MarketLayout.MostChanged(market, entries);
            if (most.Count == 0)
            {
                continue;
            }

            yield return new Heading(title, 3) { Bookmark = false };
            var table = new Table(
            [
                new TableColumn("Company", ColumnWidth.Relative(3)),
                Typography.CountColumn(entries ? "Funds entering" : "Funds leaving"),
                Typography.CountColumn(entries ? "Funds leaving" : "Funds entering"),
                Typography.CountColumn("Funds holding it (latest reports)"),
            ]);
            foreach (var x in most)
            {
                table.AddRow(Company(x.Name, x.Basis, t), Typography.Count(entries ? x.Entries : x.Exits), Typography.Count(entries ? x.Exits : x.Entries), Typography.Count(x.Funds));
            }

            yield return table;
        }
    }
}
