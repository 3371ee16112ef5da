using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Report;

/// <summary>
/// Lays the report model out as a workbook: Summary (the key findings, then the figures, with a chart); for a scheme,
/// Scheme, Scheme holdings, Managers, Exposure paths, Coverage and Changes; for a market of funds from filings, Market,
/// Registrants, Market funds, Market companies and Fund changes; then Funds, Companies, Companies by fund, Matches, Review,
/// Review decisions (when a decisions file was given), Rejected, Sources and Run info, each a real Excel table. It
/// computes nothing: every figure comes from the model. A date the model does not know reads as the other outputs word it
/// ("unknown", "not given", "undated"), never as a blank cell. When the report carries its screened-out rows, Unmatched
/// and Excluded sheets list the other holdings, streamed in bounded memory.
/// </summary>
/// <param name="detailRows">
/// At most this many unmatched and as many excluded rows go to the workbook (split across sheets past Excel's row
/// limit); the CSV files always hold all of them. Null: no limit.
/// </param>
public sealed class ExcelReportRenderer(long? detailRows = ExcelReportRenderer.DefaultDetailRows) : IReportRenderer
{
    public const long DefaultDetailRows = 1_000_000;

    public string Format => "xlsx";
    public string FileName => "exposure-report.xlsx";

    public void Render(ExposureReport report, Stream output)
    {
        var details = report.ScreenedOut.Available ? report.ScreenedOut : null;
        var limit = details is null ? 0 : detailRows;
        using var writer = new WorkbookWriter(output, new WorkbookWriterOptions { Timestamp = report.Run.GeneratedAt?.UtcDateTime });
        var currency = report.Summary.Currency;
        writer.AddKeyValueSheet(SummarySheet.Build(report, limit));
        if (report.Portfolio is { } portfolio) PortfolioSheets.Add(writer, portfolio, report.Terms);
        if (report.Market is { } market) MarketSheets.Add(writer, report, market);
        writer.AddTableSheet(report.Market is null ? FundsSheet(report.Terms, report.Summary.Entries is not null) : MarketReports(FundsSheet(report.Terms, report.Summary.Entries is not null)), report.Funds);
        writer.AddTableSheet(CompaniesSheet(currency, report.Run.Lists, report.Portfolio?.ReportCurrency), report.Companies);
        if (report.Portfolio is { } scheme)
        {
            writer.AddTableSheet(SchemePathsSheet(scheme.ReportCurrency),
                report.Companies.SelectMany(c => (c.Scheme?.Through ?? []).Select(p => (c, p))));
        }

        writer.AddTableSheet(HoldersSheet.Sheet(report), HoldersSheet.Rows(report));
        writer.AddTableSheet(FindingsSheet("Matches", report), report.Findings.Where(f => f.State is RowState.Matched or RowState.Related));
        writer.AddTableSheet(FindingsSheet("Review", report), report.Findings.Where(f => f.State == RowState.NeedsReview));
        if (report.Review.DecisionsFile is not null) writer.AddTableSheet(ReviewDecisionsSheet.Sheet(), ReviewDecisionsSheet.Lines(report));
        if (details is not null)
        {
            writer.AddTableSheet(ScreenedOutSheet("Unmatched"), limit is { } n ? details.Unmatched().Take((int)Math.Min(n, int.MaxValue)) : details.Unmatched());
            writer.AddTableSheet(ScreenedOutSheet("Excluded"), limit is { } m ? details.Excluded().Take((int)Math.Min(m, int.MaxValue)) : details.Excluded());
        }
        writer.AddTableSheet(RejectedSheet(), report.Rejected);
        writer.AddTableSheet(SourcesSheet(), report.Companies.SelectMany(c => c.Allegations.Select(a => (Company: c, Allegation: a))));
        if (report.Run.Lists is { } lists)
        {
            writer.AddTableSheet(ListSheets.Lists(), lists.Lists);
            writer.AddTableSheet(ListSheets.ListReview(), ListSheets.ReviewRows(lists));
        }
        writer.AddKeyValueSheet(RunInfoSheet.Build(report));
        writer.Complete();
    }

    /// <param name="entries">
    /// Some funds are N-PORT filings' XML, each holding an invstOrSec entry of several lines: their holdings by state
    /// are given beside the lines, which count each line (empty for the other funds, whose lines are their holdings).
    /// </param>
    private static TableSheet<FundExposure> FundsSheet(ListTerms terms, bool entries)
    {
        var sheet = FundsSheetLines(terms);
        if (entries)
        {
            long? of(FundExposure f, RowState state) => f.HoldingsAreEntries ? f.Holdings!.Of(state) : null;
            sheet = sheet
                .Integer("Holdings (invstOrSec entries of an N-PORT filing's XML)", 14, f => f.HoldingsAreEntries ? f.Holdings!.Total : null)
                .Integer("Holdings: rejected", 10, f => of(f, RowState.Rejected))
                .Integer("Holdings: excluded", 10, f => of(f, RowState.Excluded))
                .Integer("Holdings: unmatched", 10, f => of(f, RowState.Unmatched))
                .Integer("Holdings: matched", 10, f => of(f, RowState.Matched))
                .Integer("Holdings: related", 10, f => of(f, RowState.Related))
                .Integer("Holdings: needs review", 10, f => of(f, RowState.NeedsReview));
        }

        return FundsSheetChecks(sheet);
    }

    private static TableSheet<FundExposure> FundsSheetLines(ListTerms terms) => new TableSheet<FundExposure>("Funds")
        .Text("Fund", 44, f => f.DisplayName)
        .Date("As of", 12, f => f.AsOf, Wording.Unknown)
        .Text("Currency", 10, f => f.Currency)
        .Money("Fund value", 18, f => f.FundValue, null, Wording.MissingValue)
        .Text("Fund value basis", 18, f => Wording.FundValueBasisText(f))
        .Text("Weights", 18, f => Wording.Of(f.WeightBasis))
        .Money("Flagged value", 16, null, f => AtLeast(f.FlaggedValue, f.FlaggedValueAtLeast, Wording.MissingValue(f)))
        .Percent("Flagged weight", 12, f => f.FlaggedWeight is not { } weight ? CellContent.Text(Wording.Unknown)
            : Wording.FlaggedWeightAtLeast(f).Length > 0 ? CellContent.PercentAtLeast(weight) : CellContent.Percent(weight))
        .Percent("Flagged weight the other way", 14, f => f.AlternativeFlaggedWeight)
        .Integer($"{terms.CompaniesTitle} held", 12, f => f.CompaniesFlagged)
        .Money("Related value", 16, null, f => AtLeast(f.RelatedValue, f.RelatedValueAtLeast, Wording.MissingValue(f)))
        .Percent("Related weight", 12, f => f.RelatedWeight, Wording.Unknown)
        // A fund none of whose lines awaits review reads "none" (as on the web page; the PDF leaves it out of its values awaiting review), not 0.00
        // as if a holding awaiting review had been valued; a fund whose values are not in money says so, as in every column.
        .Money("Needs review value", 16, null, f => Wording.ReviewValueInWords(f) is { } words ? CellContent.Text(words) : CellContent.Money(f.ReviewValue))
        .Integer("Values unknown", 10, f => f.ValuesUnknown.Rows)
        .Integer("Lines", 10, f => f.Lines.Total)
        .Integer("Not a holding", 10, f => f.Lines.NotAHolding)
        .Integer("Rejected", 10, f => f.Lines.Rejected)
        .Integer("Excluded", 10, f => f.Lines.Excluded)
        .Integer("Unmatched", 10, f => f.Lines.Unmatched)
        .Integer("Matched", 10, f => f.Lines.Matched)
        .Integer("Related", 10, f => f.Lines.Related)
        .Integer("Needs review", 10, f => f.Lines.NeedsReview);

    private static TableSheet<FundExposure> FundsSheetChecks(TableSheet<FundExposure> sheet) => sheet
        .Decimal("Weights in file add up to (%)", 12, f => f.WeightCheck.StatedSumPercent)
        .Integer("Rows whose weight could not be read", 12, f => f.WeightCheck.WeightsUnreadable)
        .Integer("Weights outside tolerance", 12, f => f.WeightCheck.RowsOutsideTolerance)
        .Text("File", 36, f => f.SourceFile);

    /// <summary>A fund's value: a lower bound ("at least") where it leaves out holdings of unknown value, as every output says it; <paramref name="missing"/> without one.</summary>
    private static CellContent AtLeast(decimal? value, bool atLeast, string missing) => CellContent.Money(value, atLeast, CellContent.Text(missing));

    /// <summary>
    /// A market's funds: each report's filing, whether the figures count it, for an earlier report the report counted in its
    /// place, who filed it, and, for the last report of a fund with no report in the latest data set, that data set.
    /// </summary>
    private static TableSheet<FundExposure> MarketReports(TableSheet<FundExposure> funds) => funds
        .Text("Accession number", 22, f => f.AccessionNumber)
        .Boolean("Counted in the figures", 12, f => f.Counted)
        .Text("Superseded by (accession number)", 22, f => f.SupersededBy?.AccessionNumber)
        .Date("Superseded by (as of)", 12, f => f.SupersededBy?.AsOf, f => f.SupersededBy is null ? null : Wording.Unknown)
        .Text("Registrant", 32, f => f.Registrant)
        .Text("CIK", 12, f => f.Cik)
        .Text("Series id", 14, f => f.SeriesId)
        .Text("Not counted: no report in (latest data set)", 22, f => f.NoLaterReportIn);

    /// <summary>
    /// In a scheme report, each company's paths as its profile gives them: where each starts and what the scheme invests
    /// there, the funds down to the rows that hold the company with the share held at each step, and the value it brings;
    /// a company's rows add up to its value held by the scheme, looked through, on the Companies sheet.
    /// </summary>
    private static TableSheet<(CompanyExposure Company, ExposurePath Path)> SchemePathsSheet(string c) =>
        new TableSheet<(CompanyExposure Company, ExposurePath Path)>(Wording.SchemePathsSheet)
            .Text("Company", 36, x => x.Company.NameEn)
            .Text("Holding of the scheme", 30, x => x.Path.Funds is [var entry, ..] ? entry.Name : x.Path.Route)
            .Money("Amount invested in it", 16, x => x.Path.Invested, c)
            .WrappedText("Path, with the share held at each step", 60, x => Wording.SchemePathSteps(x.Path, x.Company.NameEn))
            .Text("Holdings file", 28, x => x.Path.File)
            .Text("Lines", 12, x => x.Path.Lines is { } lines ? string.Join(", ", lines) : null)
            .Percent("Company's share of that fund", 12, x => x.Path.HoldingWeight is { } w ? CellContent.Percent(w) : CellContent.Text(x.Path.Funds is null ? "" : Wording.Unknown))
            .Money("Value", 16, c, x => x.Path.Value is not { } v ? CellContent.Text(Wording.Unknown)
                : x.Path.ValueBound == Bound.AtLeast ? CellContent.MoneyAtLeast(v) : CellContent.Money(v))
            .Text("Why the value is unknown", 30, x => x.Path.ValueUnknown)
            .Text("Derivatives (apart)", 30, x => SchemeBounds.Notional(x.Path, c))
            .WrappedText("What the company's paths add up to", 48, x => Wording.SchemePathsTotal(x.Company.Scheme!));

    /// <param name="schemeCurrency">In a scheme report, its report currency: the scheme's value of each company, looked through, comes before each holdings file's own.</param>
    private static TableSheet<CompanyExposure> CompaniesSheet(string? currency, ListsUsed? lists, string? schemeCurrency)
    {
        var sheet = new TableSheet<CompanyExposure>("Companies")
            .Text("Company", 40, c => c.NameEn)
            .Text("Native name", 24, c => c.NameNative)
            .WrappedText("Basis", 30, c => Wording.BasisLine(c, lists))
            .WrappedText("Why listed", 48, c => c.BasisText)
            .Text("Categories", 30, c => Wording.Categories(c.Categories))
            .WrappedText("Listings", 32, c => string.Join("; ", c.ListingNames));
        if (schemeCurrency is not null)
        {
            sheet = sheet
                .Money(Wording.SchemeCompanyValueLabel, 18, schemeCurrency, c => c.Scheme is not { } s ? CellContent.Text(Wording.NotGiven)
                    : s.Value is not { } v ? CellContent.Text(Wording.CompanyTotal(c))
                    : s.AtLeast ? CellContent.MoneyAtLeast(v) : CellContent.Money(v))
                .WrappedText("The scheme's value: paths and bounds", 48, c => c.Scheme is null ? null : Wording.CompanyTotalNote(c, Wording.SchemePathsSheet));
        }

        return CompaniesValues(sheet, currency, lists, schemeCurrency is null ? "Value held" : "Value held, holdings files as screened");
    }

    private static TableSheet<CompanyExposure> CompaniesValues(TableSheet<CompanyExposure> sheet, string? currency, ListsUsed? lists, string valueHeld) => sheet
        .Money(valueHeld, 18, currency, c => c.Holdings.Count == 0 || c.TotalValue is { } ? CellContent.Money(c.TotalValue)
            : c.TotalAtLeast is { } least ? CellContent.MoneyAtLeast(least)
            : CellContent.Text(c.TotalWithheld == TotalsWithheld.ValuesUnknown ? Wording.Unknown : Wording.NotGiven))
        .Text("Currency of value held", 10, c => c.TotalValue is null && c.TotalAtLeast is null ? null : c.Currency)
        .WrappedText("Why the value held is not given in full", 40, c => c.TotalUnknown)
        .Integer("Rows of unknown value", 10, c => c.RowsWithoutValue)
        .Integer("Funds holding", 10, c => c.CountedHoldings.Count)
        .WrappedText($"{Wording.Capitalised(ListTerms.Of(lists).Entries)} dated after the holdings", 48, c => string.Join("; ", c.LaterThanHoldings.Select(l => l.Text)))
        .WrappedText("Relations", 40, c => string.Join("; ", c.Relations.Select(r => $"{r.Name}: {r.Relation}")))
        .WrappedText("Lists naming it", 36, c => string.Join("; ", c.Lists ?? []))
        .WrappedText("Caveat (review note)", 60, c => c.ReviewNote)
        .WrappedText("Value against the files' weights", 48, c => c.ValueDisagrees);

    /// <summary>
    /// Findings, each with its fund's id first and, last, the fund as reports name it and, in a market, who filed it; then,
    /// for a finding of an SEC N-PORT filing, the filing's accession number and the holding's HOLDING_ID (empty for other inputs);
    /// then, where several lists are screened against, the lists naming the company, as the Companies sheet gives them; last,
    /// where the row's value disagrees with the weight its file states, what each says.
    /// </summary>
    private static TableSheet<HoldingFinding> FindingsSheet(string name, ExposureReport report)
    {
        var sheet = FindingsColumns(name, Listings.FindingBasisCode(report)).Text("Fund name", 36, f => report.FundLabel(f.FundId));
        var filed = report.Market is null ? sheet : sheet
            .Text("Registrant", 32, f => report.Fund(f.FundId)?.Registrant)
            .Text("CIK", 12, f => report.Fund(f.FundId)?.Cik)
            .Text("Series id", 14, f => report.Fund(f.FundId)?.SeriesId);
        return filed
            .Text("Accession number", 22, f => report.Fund(f.FundId)?.AccessionNumber)
            .Text("Holding id (HOLDING_ID)", 14, f => f.HoldingId)
            .WrappedText("Lists naming it", 36, f => f.Lists is null ? null : string.Join("; ", f.Lists))
            .WrappedText("Value against the file's weight", 48, f => f.ValueDisagrees);
    }

    private static TableSheet<HoldingFinding> FindingsColumns(string name, Func<HoldingFinding, string> basis) => new TableSheet<HoldingFinding>(name)
        .Text("Fund", 30, f => f.FundId)
        .Text("File", 28, f => f.File)
        .Integer("Line", 8, f => f.Line)
        .Text("State", 12, f => Wording.Of(f.State))
        .Text("Holding name", 36, f => f.Name)
        .Text("Ticker", 10, f => f.Ticker)
        .Text("Exchange", 24, f => f.Exchange)
        .Text("MIC", 8, f => f.Mic)
        .Text("ISIN", 14, f => f.Isin)
        .Money("Market value", 16, f => f.Value, null, f => f.ValueUnknown is Wording.WeightsOnlyReason or Wording.NoWeightGiven ? Wording.WeightsOnly : Wording.Unknown)
        .Text("Why the value is unknown", 30, f => f.ValueUnknown)
        .Percent("Weight", 10, f => f.Weight, Wording.Unknown)
        .Text("Why the weight is unknown", 30, f => f.WeightUnknown)
        .Text("Company", 36, f => f.CompanyName)
        .Text("Basis", 18, basis)
        .Text("Rule", 26, f => f.Rule)
        .Decimal("Score", 8, f => (decimal)f.Score)
        .WrappedText("Evidence", 80, f => string.Join("\n", f.Evidence.Select(Wording.Of)))
        .Text("Instrument", 12, f => f.ShortFrom is { } evidence ? $"{Wording.Of(f.Instrument)}, {Wording.ShortPosition(evidence)}" : Wording.Of(f.Instrument))
        .Text("Issuer matched on", 30, f => f.Issuer)
        .Text("Terms", 28, f => f.Terms?.Text)
        .Money("Notional (derivatives, not added to value)", 18, f => f.Notional, null, "")
        .Text("Notional currency (where not the fund's)", 12, f => f.NotionalCurrency)
        .Text("Direction", 12, f => f.Direction);

    private static TableSheet<ScreenedOutLine> ScreenedOutSheet(string name) => new TableSheet<ScreenedOutLine>(name)
        .Text("Fund", 30, r => r.FundId)
        .Text("File", 28, r => r.File)
        .Integer("Line", 8, r => r.Line)
        .Text("Reason", 30, r => r.Reason)
        .Text("Holding name", 36, r => r.Name)
        .Text("Ticker", 10, r => r.Ticker)
        .Text("Exchange", 24, r => r.Exchange)
        .Text("ISIN", 14, r => r.Isin)
        .Text("Asset class", 16, r => r.AssetClass)
        .Text("Currency", 9, r => r.Currency)
        .Money("Market value", 16, r => r.MarketValue)
        .Decimal("Weight in file (%)", 10, r => r.WeightPercentInFile);

    private static TableSheet<RejectedLine> RejectedSheet() => new TableSheet<RejectedLine>("Rejected")
        .Text("File", 30, r => r.File)
        .Integer("Line", 8, r => r.Line)
        .Integer("Lines", 8, r => r.LineCount)
        .WrappedText("Reason", 40, r => r.Reason)
        .WrappedText("Line as read", 80, r => r.RawText);

    private static TableSheet<(CompanyExposure Company, AllegationView Allegation)> SourcesSheet() =>
        new TableSheet<(CompanyExposure Company, AllegationView Allegation)>("Sources")
            .Text("Company", 36, x => x.Company.NameEn)
            .Text("Entity named", 36, x => x.Allegation.SubjectName)
            .Text("Entity is", 20, x => Wording.Of(x.Allegation.SubjectRelation))
            .Text("Category", 16, x => Wording.Category(x.Allegation.Category))
            .WrappedText("List or report", 40, x => x.Allegation.ListOrReport)
            .Text("Date", 12, x => x.Allegation.DateShown ?? Wording.NotGiven)
            .Text("Publisher", 28, x => x.Allegation.Publisher)
            .Text("Kind of source", 22, x => SourceKinds.Describe(x.Allegation.SourceKind))
            .Text("From list", 28, x => x.Allegation.ListName)
            .Hyperlink("Source", 50, x => new CellLink(x.Allegation.SourceUrl, x.Allegation.SourceTitle))
            .WrappedText("Summary", 80, x => x.Allegation.Summary);
}
