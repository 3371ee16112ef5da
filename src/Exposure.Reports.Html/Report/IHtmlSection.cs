using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>One part of the page, written from the model under a level-two heading; listed in the page's contents.</summary>
internal interface IHtmlSection
{
    /// <summary>The section's fragment identifier, stable from run to run: <c>#funds</c>, <c>#companies</c>.</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>False for a section the report has nothing for (the scheme view without a portfolio).</summary>
    bool Applies(ExposureReport report) => true;

    void Write(ReportPage page);
}
