using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// The sections of findings open with a heading and a paragraph, then a table per fund under the fund's own heading. In
/// the illustrative report the paragraph of "Holdings that need review" falls near a page's foot: it is carried over
/// with its heading to the page of its first table, never left above a page that starts with the fund's heading.
/// </summary>
public sealed class FindingsHeadingKeepTests
{
    [SkippableTheory]
    [InlineData(FindingsSection.ReviewTitle, "Candidates a person must confirm or reject", "MEIYA PICO INFORMATION")]
    [InlineData(FindingsSection.HeldTitle, "Each holding line matched to a company on the list", "HON HAI PRECISION")]
    public void A_section_s_heading_and_opening_paragraph_are_on_the_page_of_its_first_table(string heading, string opening, string firstRow)
    {
        Requires.Program("pdftotext", "poppler-utils");
        using var rendered = RenderedReport.Of(Reports.Illustrative);

        var page = Assert.Single(rendered.Pages(), p => p.Contains(opening, StringComparison.Ordinal));
        Assert.Contains(heading, page, StringComparison.Ordinal);
        Assert.Contains(firstRow, page, StringComparison.Ordinal);
        Assert.True(page.IndexOf(opening, StringComparison.Ordinal) < page.IndexOf(firstRow, StringComparison.Ordinal));
    }
}
