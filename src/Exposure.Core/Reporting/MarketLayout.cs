using Exposure.Core.Inputs;

namespace Exposure.Core.Reporting;

/// <summary>
/// When a report is laid out as a market, and how far its readable outputs (the PDF and the web page) list it. A report
/// is a market when its funds come from regulatory filings (it has a <see cref="MarketView"/>) or when it screens more
/// than <see cref="FundsListedInFull"/> funds, a scheme's as well (its scheme tables are listed in full). A market's tables per fund, per company and per
/// registrant then show their first <see cref="Rows"/> rows and say how many more there are and where the full table is
/// (the workbook, the CSV files and the JSON always hold every row). Both renderers choose the same rows from here.
/// </summary>
public static class MarketLayout
{
    /// <summary>A report of more funds than this is laid out as a market: its tables bounded, every row in the workbook, the CSV files and the JSON.</summary>
    public const int FundsListedInFull = 100;

    /// <summary>Rows a market's bounded tables show.</summary>
    public const int Rows = 25;

    /// <summary>The largest holdings the model lists (<see cref="MarketView.LargestHoldings"/>).</summary>
    public const int LargestHoldings = 25;

    /// <summary>Funds listed under a company's profile in a market.</summary>
    public const int HoldersListed = 10;

    /// <summary>Companies with the most value held that a market profiles besides those held by the most funds (the executive summary's chart).</summary>
    public const int LargestProfiled = 5;

    /// <summary>Paths listed under each company of a scheme laid out as a market.</summary>
    public const int PathsListed = 10;

    /// <summary>Companies listed as most entered and most left.</summary>
    public const int ChangedCompanies = 10;

    public static bool Applies(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Market is not null || report.Funds.Count > FundsListedInFull;
    }

    /// <summary>
    /// The funds in the order a market's tables list them: for a market of filings, each fund's latest report in the
    /// market's order; otherwise every fund, largest flagged value first (largest flagged weight when the funds report in
    /// different currencies), then by name.
    /// </summary>
    public static IReadOnlyList<FundExposure> FundsInOrder(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Market is { } market)
        {
            var byId = report.Funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
            return market.Funds.Select(f => byId.GetValueOrDefault(f.LatestFundId)).OfType<FundExposure>().ToList();
        }

        var sameCurrency = report.Summary.Currency is not null;
        return report.Funds
            .OrderByDescending(f => sameCurrency ? f.FlaggedValue : f.FlaggedWeight)
            .ThenByDescending(f => sameCurrency ? f.RelatedValue : f.RelatedWeight)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The input files the PDF and the web page list, each with its place in <c>run.inputs</c>: in a market, every file that
    /// is not a holdings file (the portfolio, its rates, lists, decisions) and the first <see cref="Rows"/> holdings files in
    /// the order read; otherwise every file. <paramref name="holdingsFiles"/> counts the holdings files of the run.
    /// </summary>
    public static IReadOnlyList<(InputFile Input, int Index)> InputsListed(ExposureReport report, out int holdingsFiles)
    {
        ArgumentNullException.ThrowIfNull(report);
        var inputs = report.Run.Inputs;
        holdingsFiles = inputs.Count(i => i.Role == HoldingsRole);
        var bounded = Applies(report);
        var listed = new List<(InputFile, int)>(bounded ? Math.Min(inputs.Count, Rows + inputs.Count - holdingsFiles) : inputs.Count);
        var holdingsListed = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (bounded && input.Role == HoldingsRole && holdingsListed++ >= Rows) continue;
            listed.Add((input, i));
        }

        return listed;
    }

    /// <summary>
    /// Under the table of input files, where it leaves some out: "The first 25 of 5,000 holdings files, in the order read, are
    /// shown; the workbook's Run info sheet and the JSON (run.inputs) give every input file with its size and SHA-256."; null
    /// where every file is listed.
    /// </summary>
    public static string? InputsRest(IReadOnlyList<(InputFile Input, int Index)> listed, int holdingsFiles)
    {
        ArgumentNullException.ThrowIfNull(listed);
        return MarketWording.Rest(listed.Count(x => x.Input.Role == HoldingsRole), holdingsFiles, "holdings files, in the order read,", MarketWording.InputsWhere);
    }

    /// <summary>
    /// The rows of the figures by as-of date (<see cref="ReportSummary.ByDate"/>) the PDF and the web page list, each with its
    /// place in <c>summary.byDate</c>: in a market of more than <see cref="Rows"/> dates, the <see cref="Rows"/> dates with
    /// the most funds (the later date first where they tie) and the row of funds whose date is unknown, in the table's
    /// order; otherwise every row.
    /// </summary>
    public static IReadOnlyList<(DateTotals Date, int Index)> DatesListed(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Summary.ByDate.Select((d, i) => (d, i)).ToList();
        if (!Applies(report) || rows.Count(x => x.d.AsOf is not null) <= Rows) return rows;
        var kept = rows.Where(x => x.d.AsOf is not null)
            .OrderByDescending(x => x.d.Funds)
            .ThenByDescending(x => x.d.AsOf)
            .Take(Rows)
            .Select(x => x.i)
            .ToHashSet();
        return rows.Where(x => x.d.AsOf is null || kept.Contains(x.i)).ToList();
    }

    /// <summary>
    /// Under the figures by as-of date, where they leave dates out: "The 25 dates with the most funds are shown, of 251, in date
    /// order; the workbook's Summary sheet and the JSON (summary.byDate) give every date."; null where every date is listed.
    /// </summary>
    public static string? DatesRest(ExposureReport report, IReadOnlyList<(DateTotals Date, int Index)> listed)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(listed);
        var dates = report.Summary.ByDate.Count(d => d.AsOf is not null);
        var shown = listed.Count(x => x.Date.AsOf is not null);
        return shown >= dates
            ? null
            : $"The {Wording.Number(shown)} dates with the most funds are shown, of {Wording.Number(dates)}, in date order; {MarketWording.DatesWhere}.";
    }

    private const string HoldingsRole = "holdings";

    /// <summary>
    /// How <see cref="FundsInOrder"/> orders the funds, after the introduction of a market's table of funds: by value where the
    /// funds state one currency, by flagged weight where they do not.
    /// </summary>
    public static string FundsOrder(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Terms;
        return report.Market is not null
            ? $"Each fund is given by its latest report; the funds with the most value in {t.CompaniesPlural} come first."
            : report.Summary.Currency is not null
                ? $"The funds with the most value in {t.CompaniesPlural} come first."
                : "The funds do not all state one currency, so those with the largest flagged weight come first.";
    }

    /// <summary>
    /// A market's funds with holdings awaiting review (a value awaiting review other than 0, or, where it is not known in money,
    /// lines awaiting review), the most value awaiting review first (the largest weight where the funds do not state one
    /// currency), then in the order of <see cref="FundsInOrder"/>.
    /// </summary>
    public static IReadOnlyList<FundExposure> AwaitingReviewInOrder(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sameCurrency = report.Summary.Currency is not null;
        return FundsInOrder(report)
            .Where(AwaitsReview)
            .OrderByDescending(f => (sameCurrency ? f.ReviewValue : f.ReviewWeight) ?? 0)
            .ToList();
    }

    /// <summary>A fund with holdings awaiting review: its value awaiting review is not 0, or, not known in money (a constituent list), it has lines awaiting review.</summary>
    public static bool AwaitsReview(FundExposure fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return fund.ReviewValue is null ? fund.Lines.NeedsReview > 0 : fund.ReviewValue != 0;
    }

    /// <summary>The market's companies by value held, largest first; companies whose value is not known come last, by funds holding them.</summary>
    public static IReadOnlyList<MarketCompany> CompaniesByValue(MarketView market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.Companies
            .Where(c => c.Funds > 0)
            .OrderBy(c => c.Value is null)
            .ThenByDescending(c => c.Value ?? 0)
            .ThenByDescending(c => c.Funds)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The market's companies most entered (<paramref name="entries"/>) or most left, each with at least one.</summary>
    public static IReadOnlyList<MarketCompany> MostChanged(MarketView market, bool entries)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.Companies
            .Where(c => (entries ? c.Entries : c.Exits) > 0)
            .OrderByDescending(c => (entries ? c.Entries : c.Exits) ?? 0)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(ChangedCompanies)
            .ToList();
    }

    /// <summary>
    /// The companies a market profiles (why each is listed, its caveat, its sources): those of its table of companies held
    /// by the most funds, and the <see cref="LargestProfiled"/> with the most value held, in the model's order. Without a
    /// market view, the first <see cref="Rows"/> companies of the model. Every company when the report is not laid out as
    /// a market.
    /// </summary>
    public static IReadOnlyList<CompanyExposure> ProfiledCompanies(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!Applies(report))
        {
            return report.Companies;
        }

        if (report.Market is not { } market)
        {
            return report.Companies.Take(Rows).ToList();
        }

        var shown = market.Companies.Where(c => c.Funds > 0).Take(Rows)
            .Concat(CompaniesByValue(market).Take(LargestProfiled))
            .Select(c => c.CompanyId)
            .ToHashSet(StringComparer.Ordinal);
        return report.Companies.Where(c => shown.Contains(c.Id)).ToList();
    }

    /// <summary>
    /// The funds the report's figures count (<see cref="ReportSummary.Funds"/>): every fund, except the reports of a
    /// market's funds that are listed but not added (<see cref="FundExposure.Counted"/>: earlier reports, repeats of a
    /// report of the same date, and the last report of a fund with no report in the latest data set).
    /// </summary>
    public static IReadOnlyList<FundExposure> CountedFunds(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Market is null ? report.Funds : report.Funds.Where(f => f.Counted).ToList();
    }

    /// <summary>
    /// The ids of the funds whose figures a market uses: each fund's latest report, of the funds that report in the latest
    /// data set; every fund without a market view.
    /// </summary>
    public static IReadOnlySet<string> LatestReports(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Market is { } market
            ? market.Funds.Where(f => f.Presence != MarketPresence.NoLaterReport).Select(f => f.LatestFundId).ToHashSet(StringComparer.Ordinal)
            : report.Funds.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
    }
}
