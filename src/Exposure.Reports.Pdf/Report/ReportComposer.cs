using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Fonts;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>Puts the sections together into one paged document with metadata, header, footer and bookmarks.</summary>
internal sealed class ReportComposer(FontSet fonts, PdfReportOptions options)
{
    private static readonly DateTimeOffset FixedDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly IReportSection[] Sections =
    [
        new CoverSection(),
        new ExecutiveSummarySection(),
        new ChartsSection(),
        new PortfolioSection(),
        new MarketSection(),
        new SummarySection(),
        new FundsSection(),
        new CompaniesSection(),
        new FindingsSection(),
        new RejectedLinesSection(),
        new MethodologySection(),
        new DisclaimerSection(),
    ];

    public PdfReportDocument Compose(ExposureReport report)
    {
        var context = new ReportContext(report, fonts);
        var title = report.Portfolio is { } scheme ? $"{Words.TitleOf(report)}: {scheme.Title}" : Words.TitleOf(report);
        var frame = new PageFrame(report);
        var document = new PdfReportDocument(fonts)
        {
            PageSize = options.PageSize == PdfPageSize.Letter ? PageSize.Letter : PageSize.A4,
            Margins = Typography.PageMargins,
            Styles = Typography.Styles,
            Timestamp = Timestamp(report),
            Metadata = new DocumentMetadata(title)
            {
                Subject = (report.Portfolio is not null ? "A pension scheme's holdings, looked through to company level and"
                    : report.Market is not null ? "A market of funds' holdings, from SEC Form N-PORT filings," : "Fund holdings") + (ListFraming.UyghurOnly(report.Run.Lists)
                        ? " screened against a sourced list of companies named by public sources in connection with alleged Uyghur forced labour or Xinjiang surveillance"
                        : $" screened against {Wording.Count(report.Run.Lists!.Lists.Count, "list", "lists")}: {ListFraming.DescribeAll(report.Run.Lists.Lists)}") +
                    (report.Run.IllustrativeNote is null ? "" : " (illustrative data)"),
                Keywords = (ListFraming.UyghurOnly(report.Run.Lists) ? "Uyghur forced labour, Xinjiang, surveillance, " : "lists of companies, ") + $"fund holdings, exposure, screening, reference data {report.Run.ReferenceDataVersion}",
                Creator = $"Exposure {report.Run.ToolVersion}",
            },
            Header = frame.Header,
            Footer = PageFrame.Footer,
        };

        foreach (var section in Sections)
        {
            document.Add(new Section(section.Compose(context)));
        }

        return document;
    }

    /// <summary>The date written into the file: the one given, else one derived from the data, never the clock.</summary>
    private DateTimeOffset Timestamp(ExposureReport report)
    {
        if (options.Timestamp is { } given)
        {
            return given;
        }

        var latest = report.Funds.Select(f => f.AsOf).Where(d => d is not null).Max();
        return latest is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : FixedDate;
    }
}
