using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Fonts;

namespace Exposure.Reports.Pdf.Report;

/// <summary>What every section composes from: the report model (the only source of figures) and what the fonts can draw.</summary>
internal sealed class ReportContext
{
    private readonly TextShaper _shaper;
    private readonly Dictionary<string, FundExposure> _funds;

    public ReportContext(ExposureReport report, FontSet fonts)
    {
        Report = report;
        _shaper = new TextShaper(fonts);
        _funds = report.Funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public ExposureReport Report { get; }

    /// <summary>The currency named in money column headers; null when funds report in different currencies (cells then carry their own).</summary>
    public string? Currency => Report.Summary.Currency;

    /// <summary>True when the fonts found can draw every character of <paramref name="text"/>.</summary>
    public bool CanRender(string text) => _shaper.CanRender(text);

    public string? FundCurrency(string fundId) => _funds.TryGetValue(fundId, out var fund) ? fund.Currency : null;
}

/// <summary>One part of the report, composed from the model into layout elements (as a QuestPDF component composes into a container).</summary>
internal interface IReportSection
{
    IEnumerable<Layout.IElement> Compose(ReportContext context);
}
