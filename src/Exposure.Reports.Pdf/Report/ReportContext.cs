using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Fonts;

namespace Exposure.Reports.Pdf.Report;

/// <summary>What every section composes from: the report model (the only source of figures) and what the fonts can draw.</summary>
internal sealed class ReportContext
{
    private readonly TextShaper _shaper;
    private readonly Dictionary<string, FundExposure> _funds;
    private readonly Dictionary<string, CompanyExposure> _companies;
    private readonly Dictionary<string, EntryExposure> _entries;

    public ReportContext(ExposureReport report, FontSet fonts)
    {
        Report = report;
        _shaper = new TextShaper(fonts);
        _funds = report.Funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _companies = report.Companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _entries = report.Portfolio?.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal) ?? [];
    }

    public ExposureReport Report { get; }

    /// <summary>The scheme view, when a portfolio file described a scheme.</summary>
    public PortfolioExposure? Portfolio => Report.Portfolio;

    /// <summary>The currency named in money column headers; null when funds report in different currencies (cells then carry their own).</summary>
    public string? Currency => Report.Summary.Currency;

    /// <summary>True when the fonts found can draw every character of <paramref name="text"/>.</summary>
    public bool CanRender(string text) => _shaper.CanRender(text);

    /// <summary>
    /// A money cell under the report's money headers (<see cref="Typography.MoneyCell"/>): bare under a header naming
    /// <see cref="Currency"/>, else with its own currency, or saying that its file gives none (<see cref="Wording.CurrencyNotGiven"/>).
    /// </summary>
    /// <remarks>The words about the currency go on a line of their own, so that the column stays as narrow as its amounts.</remarks>
    public string MoneyCell(decimal? value, string? currency, string? missing = null) =>
        Typography.MoneyCell(value, currency, Currency, missing) + (Currency is null ? Wording.CurrencyNotGiven(Report, value, currency, "\n") : "");

    public string? FundCurrency(string fundId) => _funds.TryGetValue(fundId, out var fund) ? fund.Currency : null;

    /// <summary>What a missing value of the fund reads: "weights only" for a constituent list, else "unknown".</summary>
    public string MissingValue(string fundId) => Wording.MissingValue(_funds.GetValueOrDefault(fundId));

    /// <summary>The company's section of the model (its basis text and sources), if it is there.</summary>
    public CompanyExposure? Company(string companyId) => _companies.GetValueOrDefault(companyId);

    /// <summary>The name of a holding of the scheme; its id when the scheme holds it only through other funds.</summary>
    public string EntryName(string entryId) => _entries.TryGetValue(entryId, out var entry) ? entry.Name : entryId;
}

/// <summary>One part of the report, composed from the model into layout elements (as a QuestPDF component composes into a container).</summary>
internal interface IReportSection
{
    IEnumerable<Layout.IElement> Compose(ReportContext context);
}
