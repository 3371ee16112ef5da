using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Lists.Model;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Import;

/// <summary>
/// A list's dates are read where they leave no doubt; a date written with slashes whose day and month could be swapped
/// is read in the order the file's other dates show, and otherwise left empty with a problem line naming it.
/// </summary>
public sealed class WrittenDateTests
{
    private static ImportedList Csv(TempFolder temp, string text)
    {
        var path = Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, text);
        return Fixtures.Import(path);
    }

    private static string? DateOf(ImportedList list, string name) => Fixtures.Entry(list, name).Date;

    [Fact]
    public void An_ambiguous_text_date_in_a_workbook_is_left_empty_with_a_problem_line_and_a_date_cell_is_read()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "own-list.xlsx");
        // 46296 is 2026-10-01 as Excel stores it, shown with the built-in m/d/yyyy format.
        WriteWorkbook(path,
        [
            ["Company", "Source", "Date"],
            ["ZTE Corporation", "https://example.org/p", 46296],
            ["Tencent Holdings Ltd", "https://example.org/p", "01/10/2026"],
        ]);
        var list = Fixtures.Import(path);
        Assert.Equal("2026-10-01", DateOf(list, "ZTE Corporation"));
        Assert.Null(DateOf(list, "Tencent Holdings Ltd"));
        var problem = Assert.Single(list.Problems);
        Assert.Equal((path, 3), (problem.File, problem.Line));
        Assert.Equal("date '01/10/2026' of 'Tencent Holdings Ltd' could be 2026-01-10 (month first) or 2026-10-01 (day first), and no other date in the file shows which: left empty (write it as YYYY-MM-DD, or with the month's name)",
            problem.Problem);
    }

    [Fact]
    public void Dates_whose_form_leaves_no_doubt_are_read()
    {
        using var temp = new TempFolder();
        var list = Csv(temp, "# source: https://example.org/list\nName,Date\nAlpha Co,21/06/2022\nBeta Co,6/21/2022\nGamma Co,2024-05-31\nDelta Co,31 May 2024\nEpsilon Co,05/05/2024\nPhi Co,2024/05/31\n");
        Assert.Equal(["2022-06-21", "2022-06-21", "2024-05-31", "2024-05-31", "2024-05-05", "2024-05-31"], list.Entries.Select(e => e.Date));
        Assert.Empty(list.Problems);
    }

    [Fact]
    public void An_ambiguous_date_is_read_in_the_order_the_file_s_other_dates_show()
    {
        using var temp = new TempFolder();
        // As a list typed from the DHS page writes them: 6/21/2022 shows the month comes first.
        var monthFirst = Csv(temp, "Entity Name,Date,Source\n\"Xinjiang Example New Energy Co., Ltd.\",06/09/2023,https://www.dhs.gov/uflpa-entity-list\nExample Silicon Co Ltd,6/21/2022,https://www.dhs.gov/uflpa-entity-list\n");
        Assert.Equal(["2023-06-09", "2022-06-21"], monthFirst.Entries.Select(e => e.Date));
        Assert.Empty(monthFirst.Problems);

        var dayFirst = Csv(temp, "Entity Name,Date,Source\n\"Xinjiang Example New Energy Co., Ltd.\",06/09/2023,https://example.org/a\nExample Silicon Co Ltd,21/06/2022,https://example.org/a\n");
        Assert.Equal(["2023-09-06", "2022-06-21"], dayFirst.Entries.Select(e => e.Date));
    }

    [Fact]
    public void A_file_whose_dates_show_both_orders_leaves_an_ambiguous_one_empty()
    {
        using var temp = new TempFolder();
        var list = Csv(temp, "# source: https://example.org/list\nName,Date\nAlpha Co,21/06/2022\nBeta Co,6/21/2022\nGamma Co,01/10/2026\n");
        Assert.Equal(["2022-06-21", "2022-06-21", null], list.Entries.Select(e => e.Date));
        var problem = Assert.Single(list.Problems);
        Assert.Equal(5, problem.Line);
        Assert.StartsWith("date '01/10/2026' of 'Gamma Co' could be 2026-01-10 (month first) or 2026-10-01 (day first), and the file's other dates are written in both orders: left empty", problem.Problem);
    }

    [Fact]
    public void A_row_whose_date_is_left_empty_is_not_given_the_list_s_date()
    {
        using var temp = new TempFolder();
        var list = Csv(temp, "# source: https://example.org/list\n# date: 2026-11-30\nName,Date\nAlpha Co,01/10/2026\nBeta Co,\n");
        Assert.Equal([null, "2026-11-30"], list.Entries.Select(e => e.Date));
        Assert.Equal("2026-11-30", list.Provenance.FileDate);
    }

    [Fact]
    public void An_ambiguous_list_date_is_left_unknown_and_said()
    {
        using var temp = new TempFolder();
        var list = Csv(temp, "# source: https://example.org/list\n# date: 03/10/2026\nName\nAlpha Co\n");
        Assert.False(list.Provenance.FileDateStated);
        Assert.Null(Assert.Single(list.Entries).Date);
        var problem = Assert.Single(list.Problems);
        Assert.Null(problem.Line);
        Assert.StartsWith("the list's date '03/10/2026' could be 2026-03-10 (month first) or 2026-10-03 (day first)", problem.Problem);
    }

    /// <summary>A workbook of one sheet: strings as inline text, whole numbers as date cells (the built-in m/d/yyyy format).</summary>
    private static void WriteWorkbook(string path, object[][] rows)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
        var ws = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                row.Append(rows[r][c] is int serial
                    ? new Cell { CellReference = reference, CellValue = new CellValue(serial), StyleIndex = 1 }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)rows[r][c])) });
            }
            data.Append(row);
        }
        ws.Worksheet = new Worksheet(data);
        wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "List" }));
    }
}
