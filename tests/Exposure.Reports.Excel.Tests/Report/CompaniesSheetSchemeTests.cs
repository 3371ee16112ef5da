using Exposure.Core.Reporting;
using Exposure.TestSupport;
using static Exposure.Reports.Excel.Tests.Report.SampleReports;

namespace Exposure.Reports.Excel.Tests.Report;

/// <summary>
/// In a scheme report the Companies sheet gives, before each holdings file's own value, what the scheme holds of each
/// company, looked through, in the report currency, as its profile in the PDF and the web page does; a report of funds
/// keeps its columns.
/// </summary>
public sealed class CompaniesSheetSchemeTests
{
    private static List<string> Header(Writing.ReadBack book) =>
        book.Rows("Companies")[0].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(book.Text).ToList();

    [Fact]
    public void A_scheme_s_companies_give_the_scheme_s_value_looked_through_at_least_where_it_is_a_lower_bound()
    {
        using var temp = new TempFolder();
        var report = Scheme(temp.Path);
        using var book = new Writing.ReadBack(Render(report));
        var header = Header(book);
        var column = header.FindIndex(h => h.StartsWith(Wording.SchemeCompanyValueLabel, StringComparison.Ordinal));
        Assert.True(column >= 0, string.Join(" | ", header));
        Assert.True(column < header.FindIndex(h => h.StartsWith("Value held, holdings files as screened", StringComparison.Ordinal)));
        Assert.DoesNotContain(header, h => h == "Value held" || h.StartsWith("Value held (", StringComparison.Ordinal));
        var letter = (char)('A' + column);
        var note = (char)('A' + header.IndexOf("The scheme's value: paths and bounds"));

        for (var i = 0; i < report.Companies.Count; i++)
        {
            var s = report.Companies[i].Scheme!;
            var cell = $"{letter}{i + 2}";
            if (s.Value is { } value)
            {
                Assert.Equal((double)value, book.Number("Companies", cell), 6);
                Assert.Equal(s.AtLeast, book.NumberFormat("Companies", cell).Contains("at least", StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal(Wording.CompanyTotal(report.Companies[i]), book.Text("Companies", cell));
            }

            Assert.Equal(Wording.CompanyTotalNote(report.Companies[i], Wording.SchemePathsSheet), book.Text("Companies", $"{note}{i + 2}"));
        }
    }

    [Fact]
    public void A_scheme_company_s_note_names_the_sheet_its_paths_are_listed_on()
    {
        using var temp = new TempFolder();
        var report = Scheme(temp.Path);
        using var book = new Writing.ReadBack(Render(report));
        var note = (char)('A' + Header(book).IndexOf("The scheme's value: paths and bounds"));
        var zte = report.Companies.ToList().FindIndex(c => c.Id == "zte");
        Assert.True(zte >= 0);
        var paths = report.Companies[zte].Scheme!.Paths;
        Assert.True(paths > 1, $"{paths} paths");

        var text = book.Text("Companies", $"{note}{zte + 2}");
        Assert.Contains($"through its {paths} paths, in GBP, each listed on the sheet Scheme's paths to companies; ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the scheme's paths to it", text, StringComparison.Ordinal);
        // The sheet it names is there, and lists the company's paths.
        var listed = report.Companies[zte].Scheme!.Through?.Count ?? 0;
        Assert.True(listed > 0);
        Assert.Equal(listed, book.Rows("Scheme's paths to companies").Skip(1)
            .Count(r => book.Text(r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First()) == report.Companies[zte].NameEn));
    }

    [Fact]
    public void A_report_of_funds_keeps_its_value_held_column()
    {
        using var temp = new TempFolder();
        using var book = new Writing.ReadBack(Render(Illustrative(temp.Path)));
        var header = Header(book);
        Assert.Contains(header, h => h == "Value held" || h.StartsWith("Value held (", StringComparison.Ordinal));
        Assert.DoesNotContain(header, h => h.StartsWith(Wording.SchemeCompanyValueLabel, StringComparison.Ordinal));
    }
}
