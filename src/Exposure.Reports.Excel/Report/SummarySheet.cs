using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Report;

internal static class SummarySheet
{
    private const int ChartBars = 15;

    /// <summary>The label beside each key finding.</summary>
    public const string KeyFindingLabel = "Key finding";

    /// <param name="detailRows">How many unmatched and excluded rows the workbook lists at most: 0 none, null all.</param>
    public static KeyValueSheet Build(ExposureReport report, long? detailRows)
    {
        var s = report.Summary;
        var c = s.Currency is null ? "" : $" ({s.Currency})";
        var entries = new List<KeyValueEntry>();
        if (report.Run.IllustrativeNote is { } note) entries.Add(new("Note", CellContent.WrappedText(note)));
        foreach (var warning in s.Warnings) entries.Add(new("Read the figures with this", CellContent.WrappedText(warning.Text)));
        // The key findings of the PDF and the web page, word for word, where they are: below what to read the figures with.
        foreach (var finding in KeyFindings.Of(report)) entries.Add(new(KeyFindingLabel, CellContent.WrappedText(string.Concat(finding.Select(run => run.Text)))));
        if (report.Portfolio is { } scheme) entries.AddRange(Scheme(scheme, report.Terms));
        CellContent Total(decimal? value) => value is null ? CellContent.Text(Wording.NoTotal(s.TotalsWithheld)) : CellContent.Money(value);
        // A value leaving out holdings of unknown value is a lower bound, as every output says it (Wording.FlaggedValueAtLeast).
        CellContent TotalAtLeast(decimal? value, bool atLeast) => CellContent.Money(value, atLeast, Total(null));
        // A notional none of whose derivatives states it in the report currency is unknown, never 0; the next row says why.
        CellContent Notional(InstrumentSplit? split) =>
            split is { DerivativeNotional: null, DerivativeRows: > 0 } ? CellContent.Text(Wording.Unknown) : Total(split?.DerivativeNotional);
        CellContent Share(decimal? value) => value is null ? CellContent.Text(Wording.NoTotal(s.TotalsWithheld)) : CellContent.Percent(value);
        var (currencyLabel, currency) = Wording.TotalsCurrency(report, "Report currency", "the sheet Scheme");
        entries.AddRange(
        [
            new(report.Market is null ? "Funds screened" : "Funds screened (each by its latest report)", CellContent.Integer(s.Funds)),
            new("Holdings as of", CellContent.WrappedText(Wording.HoldingsAsOf(s.Dates))),
            new("Reference list", CellContent.WrappedText(Wording.ListDates(s.Dates, report.Run.Lists))),
            new(currencyLabel, CellContent.WrappedText(currency)),
        ]);
        // A scheme's totals over files in several currencies are not given: their rows are left out, the currency row says why.
        List<KeyValueEntry> totals =
        [
            new($"{Wording.FundValueLabel}{c}", Total(s.FundValue)),
            new($"{Wording.ValueScreenedLabel}{c}", Total(s.ValueScreened)),
            new($"Value {report.Terms.InCompanies}{c}", TotalAtLeast(s.FlaggedValue, s.FlaggedValueAtLeast)),
            new("Share of fund value", CellContent.Percent(s.FlaggedShare, Wording.FlaggedShareAtLeast(s).Length > 0, Share(null))),
            new("Share of fund value, in words", CellContent.WrappedText(Wording.FlaggedShareText(s, MarketLayout.CountedFunds(report)) is { Length: > 0 } words ? words : Wording.WhyNoTotal(s.TotalsWithheld))),
            new($"  of it in shares{c}", TotalAtLeast(s.FlaggedByInstrument?.Shares, s.FlaggedByInstrument?.SharesUnknown > 0)),
            new($"  of it in bonds{c}", TotalAtLeast(s.FlaggedByInstrument?.Bonds, s.FlaggedByInstrument?.BondsUnknown > 0)),
            new($"  of it in other instruments{c}", TotalAtLeast(s.FlaggedByInstrument?.Other, s.FlaggedByInstrument?.OtherUnknown > 0)),
            new($"Notional of derivatives on {report.Terms.CompaniesPlural}, not added to the value held{c}", Notional(s.FlaggedByInstrument)),
            .. ShortNotional(s.FlaggedByInstrument, c),
            .. NotionalsNotAdded(s.FlaggedByInstrument),
            new($"Short positions in {report.Terms.CompaniesPlural}, not counted as held{c}", Total(s.FlaggedByInstrument is { } held ? held.ShortRows == 0 ? 0 : held.ShortValue : null)),
            new($"Value in related companies (parents, subsidiaries){c}", TotalAtLeast(s.RelatedValue, s.RelatedValueAtLeast)),
            // Its basis is the flagged share's: each fund's own, the file's weights where they disagree with its values.
            new(Wording.ShareBasis(s, MarketLayout.CountedFunds(report)) is var basis && basis == Wording.OfFundValue(s.Funds) ? "Share of fund value, related" : $"Share, related: {basis}",
                CellContent.Percent(s.RelatedShare, Wording.RelatedShareAtLeast(s).Length > 0, Share(null))),
            new($"Value awaiting review{c}", Total(s.ReviewValue)),
        ];
        if (!Wording.PerFileTotalsLeftOut(report)) entries.AddRange(totals);
        entries.AddRange(
        [
            new("Holdings whose value is unknown (left out of the values above)", CellContent.Integer(s.ValuesUnknown.Rows)),
            new($"  of them in {report.Terms.CompaniesPlural}", CellContent.Integer(s.ValuesUnknown.Matched)),
            new($"{report.Terms.CompaniesTitle} held", CellContent.Integer(s.CompaniesFlagged)),
            new("Related companies held", CellContent.Integer(s.CompaniesRelated)),
            new("Companies with holdings awaiting review", CellContent.Integer(s.CompaniesInReview)),
            new(Wording.HoldingsRead(s) ?? "Holding rows", CellContent.Integer(s.HoldingRows)),
            new("Distinct securities screened", CellContent.Integer(s.DistinctSecurities)),
            new("Lines: not a holding", CellContent.Integer(s.Lines.NotAHolding)),
            new($"Lines: rejected, {Wording.RejectedState(RejectedCounts.Of(report))} (sheet Rejected)", CellContent.Integer(s.Lines.Rejected)),
            new($"Lines: excluded, no company issuer ({Where("Excluded", "excluded.csv", s.Lines.Excluded, detailRows)})", CellContent.Integer(s.Lines.Excluded)),
            new($"Lines: unmatched ({Where("Unmatched", "unmatched.csv", s.Lines.Unmatched, detailRows)})", CellContent.Integer(s.Lines.Unmatched)),
            new("Lines: matched (sheet Matches)", CellContent.Integer(s.Lines.Matched)),
            new("Lines: related (sheet Matches)", CellContent.Integer(s.Lines.Related)),
            new("Lines: needs review (sheet Review)", CellContent.Integer(s.Lines.NeedsReview)),
            new("Lines: looked through to another fund of the portfolio", CellContent.Integer(s.Lines.LookedThrough)),
            new("Lines in all", CellContent.Integer(s.Lines.Total)),
        ]);
        if (s.Entries is { } filings)
        {
            // An N-PORT filing's XML counts each line of a holding in the holding's state: its holdings, each once, beside.
            var of = $"Holdings of {Wording.FilingsXml(filings.Filings)} (invstOrSec entries, their lines counted above)";
            entries.AddRange(
            [
                new($"{of}: rejected", CellContent.Integer(filings.Holdings.Rejected)),
                new($"{of}: excluded", CellContent.Integer(filings.Holdings.Excluded)),
                new($"{of}: unmatched", CellContent.Integer(filings.Holdings.Unmatched)),
                new($"{of}: matched", CellContent.Integer(filings.Holdings.Matched)),
                new($"{of}: related", CellContent.Integer(filings.Holdings.Related)),
                new($"{of}: needs review", CellContent.Integer(filings.Holdings.NeedsReview)),
                new($"{of} in all", CellContent.Integer(filings.Holdings.Total)),
            ]);
        }

        entries.AddRange(ReviewDecisionsSheet.Summary(report));
        entries.AddRange(
        [
            new("Matching algorithm", CellContent.Text(report.Run.MatchingAlgorithm)),
            new("Language", CellContent.WrappedText(
                (ListFraming.WhyNamed(report.Run.Lists) ??
                "Companies are on the list because public sources name them, or name their parent or subsidiary, in connection with " +
                "alleged Uyghur forced labour or Xinjiang surveillance.") + " The sheet Sources gives each source. Read each company's caveat before publishing.")),
        ]);

        foreach (var d in s.ByDate)
        {
            var label = d.AsOf is { } asOf ? $"As of {Wording.Date(asOf)}" : "Date unknown";
            // A date's totals the model does not give read as every output words them ("not given", "unknown"), never blank.
            CellContent Money(decimal? value) => value is null ? CellContent.Text(Wording.NoTotal(d.TotalsWithheld)) : CellContent.Money(value);
            entries.Add(new(string.Create(CultureInfo.InvariantCulture, $"{label}: {Wording.Count(d.Funds, "fund", "funds")}, fund value{(d.Currency is null ? "" : $" ({d.Currency})")}"), Money(d.FundValue)));
            entries.Add(new($"{label}: value screened against the list", Money(d.ValueScreened)));
            // A date's figures leaving out holdings of unknown value are lower bounds, as the PDF's table by date says.
            entries.Add(new($"{label}: value in {report.Terms.CompaniesPlural}",
                CellContent.Money(d.FlaggedValue, d.FlaggedValueAtLeast, Money(null))));
            entries.Add(new($"{label}: share of fund value", CellContent.Percent(d.FlaggedShare, d.FlaggedShareAtLeast, Money(null))));
        }

        return new KeyValueSheet("Summary", ListFraming.Title(report.Run.Lists, Wording.ReportTitle), entries)
        {
            LabelWidth = 58,
            ValueWidth = 60,
            Chart = Chart(report),
        };
    }

    /// <summary>
    /// A scheme's headline figures first, as the PDF and the web page give them, with where the rest are: the totals
    /// that follow are over every holdings file read, earlier ones included, and are not the scheme's.
    /// </summary>
    private static IEnumerable<KeyValueEntry> Scheme(PortfolioExposure p, ListTerms t)
    {
        var c = p.ReportCurrency;
        var bound = p.Bounds.FlaggedValue;
        var flagged = SchemeBounds.Stated(bound, Wording.Money(p.FlaggedValue, c));
        var share = bound is Bound.NoneLookedThrough or Bound.ValuesUnknown ? "" : $" ({SchemeBounds.Share(bound, p.FlaggedShare, p.TotalInvested)} of the amount invested)";
        yield return new("The scheme's figures (sheet Scheme)", CellContent.WrappedText(
            $"{p.Title}: {Wording.Money(p.TotalInvested, c)} invested in {Wording.Count(p.Entries.Count, "holding", "holdings")}; " +
            $"{flagged} {t.InCompanies}{share}; " +
            $"{SchemeBounds.Share(Bound.Exact, p.Coverage.LookedThroughShare, p.TotalInvested)} looked through to company level. The sheet Scheme gives every figure of the scheme, " +
            "Scheme holdings each holding's. The figures below are over every holdings file read, earlier ones included, each fund's as its file gives it."));
        yield return new($"Scheme: amount invested ({c})", CellContent.Money(p.TotalInvested));
        yield return bound switch
        {
            Bound.NoneLookedThrough or Bound.ValuesUnknown => new($"Scheme: value {t.InCompanies} ({c})", CellContent.Text(SchemeBounds.Stated(bound, ""))),
            Bound.AtLeast => new($"Scheme: value {t.InCompanies} ({c}), at least (sheet Scheme says what it covers)", CellContent.MoneyAtLeast(p.FlaggedValue)),
            _ => new($"Scheme: value {t.InCompanies} ({c})", CellContent.Money(p.FlaggedValue)),
        };
        yield return new("Scheme: share of amount invested", p.TotalInvested == 0 ? CellContent.Text(SchemeBounds.NotDefined) : bound switch
        {
            Bound.NoneLookedThrough or Bound.ValuesUnknown => CellContent.Text(Wording.Unknown),
            Bound.AtLeast when p.FlaggedShare is { } atLeast => CellContent.PercentAtLeast(atLeast),
            _ => CellContent.Percent(p.FlaggedShare),
        });
        yield return new("Scheme: share looked through to company level", p.TotalInvested == 0 ? CellContent.Text(SchemeBounds.NotDefined) : CellContent.Percent(p.Coverage.LookedThroughShare));
    }

    private static string Where(string sheet, string csv, int lines, long? limit) =>
        limit == 0 ? csv
        : limit is { } n && lines > n ? string.Create(CultureInfo.InvariantCulture, $"the first {n:N0} on sheet {sheet}, all in {csv}")
        : $"sheet {sheet}, {csv}";

    private static BarChartSpec? Chart(ExposureReport report)
    {
        var currency = report.Summary.Currency;
        // As in the PDF: an unknown value is never drawn as a bar of 0, a chart that would leave it out is not drawn, nor one
        // of values whose currency is not known.
        var funds = MarketLayout.CountedFunds(report);
        if (funds.Count > 1 && currency is not null)
        {
            if (funds.Any(f => f.FlaggedValue is null)) return null;
            var points = funds.OrderByDescending(f => f.FlaggedValue).Take(ChartBars)
                .Select(f => new BarChartPoint(f.DisplayName, f.FlaggedValue!.Value)).ToList();
            return new BarChartSpec($"Value in {report.Terms.CompaniesPlural}, by fund", "Fund", $"Value ({currency})", points) { ValueKind = ColumnKind.Money };
        }
        var named = report.Companies.Where(c => c.Basis == Core.Reference.Basis.Named).ToList();
        if (currency is null || named.Any(c => c.TotalValue is null)) return null;
        var byCompany = named.OrderByDescending(c => c.TotalValue).Take(ChartBars)
            .Select(c => new BarChartPoint(c.NameEn, c.TotalValue!.Value)).ToList();
        return new BarChartSpec($"Value held, by {report.Terms.Companies(1)}", "Company", $"Value ({currency})", byCompany) { ValueKind = ColumnKind.Money };
    }

    /// <summary>Short derivatives' notional, where there are any: apart from the notional above (of the others), never added to it.</summary>
    private static IEnumerable<KeyValueEntry> ShortNotional(InstrumentSplit? split, string c) => split is { ShortDerivatives: > 0 }
        ? [new($"{Wording.ShortNotionalLabel}{c}",
            split.ShortNotional is { } n ? CellContent.Money(n) : CellContent.Text(Wording.Unknown))]
        : [];

    /// <summary>The derivatives whose notional the notional above leaves out, and why (another currency, not given); none when it leaves none out.</summary>
    private static IEnumerable<KeyValueEntry> NotionalsNotAdded(InstrumentSplit? split) =>
        split is not null && Wording.NotionalsNotAdded(split) is { Length: > 0 } why
            ? [new("  derivatives whose notional is not in it (sheet Matches)", CellContent.WrappedText(why + ", not added"))]
            : [];
}
