using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Reports.Excel.Writing;
using Xunit.Abstractions;

namespace Exposure.Reports.Excel.Tests.Writing;

public sealed class NamingTests(ITestOutputHelper output)
{
    [Fact]
    public void Sheet_names_are_made_valid_and_unique()
    {
        string[] requested = ["Fund: [A/B] *?\\ with a name far too long for Excel", "history", "'Quoted'", "Data", "DATA", "''", "Line\nbreak\u0001"];
        var names = new List<string>();
        var workbook = Workbooks.Write(writer => names.AddRange(requested.Select(name => writer.AddTableSheet(Workbooks.Numbers(name), [1]).SheetNames.Single())));

        Assert.Equal(["Fund_ _A_B_ ___ with a name far", "history (2)", "Quoted", "Data", "DATA (2)", "Sheet", "Line break"], names);
        Assert.Empty(ReadBack.Validate(workbook, output));
        using var read = new ReadBack(workbook);
        Assert.Equal(names, read.SheetNames);
    }

    [Fact]
    public void Continuation_sheets_keep_their_number_within_31_characters()
    {
        var name = new string('x', 40);
        var result = default(TableWriteResult);
        Workbooks.Write(
            writer => result = writer.AddTableSheet(Workbooks.Numbers(name), Enumerable.Range(1, 3)),
            new WorkbookWriterOptions { MaxDataRowsPerSheet = 1 });

        Assert.Equal([new string('x', 31), new string('x', 27) + " (2)", new string('x', 27) + " (3)"], result!.SheetNames);
    }

    [Fact]
    public void Table_names_are_valid_unique_and_never_cell_references()
    {
        string[] sheetNames = ["A1", "R1C1", "2024 holdings", "Fund (USD)", "Fund_USD", "Ünïcode fund", "-"];
        var workbook = Workbooks.Write(writer =>
        {
            foreach (var name in sheetNames)
            {
                writer.AddTableSheet(Workbooks.Numbers(name), [1]);
            }
        });

        using var read = new ReadBack(workbook);
        var tableNames = read.SheetNames.Select(name => read.Table(name).Name!.Value).ToList();
        Assert.Equal(["T_A1", "T_R1C1", "T_2024_holdings", "Fund_USD", "Fund_USD_2", "Ünïcode_fund", "T_"], tableNames);
        Assert.Equal(tableNames, read.SheetNames.Select(name => read.Table(name).DisplayName!.Value));
    }

    [Fact]
    public void Table_headers_are_unique_on_one_line_and_never_empty()
    {
        var sheet = new TableSheet<int>("Data")
            .Integer("Name", 8, i => i)
            .Integer("name", 8, i => i)
            .Integer("", 8, i => i)
            .Integer("Two\nlines ", 8, i => i)
            .Integer("-Change", 8, i => i);
        var workbook = Workbooks.Write(writer => writer.AddTableSheet(sheet, [1]));

        Assert.Empty(ReadBack.Validate(workbook, output));
        using var read = new ReadBack(workbook);
        string[] expected = ["Name", "name 2", "Column3", "Two lines", "-Change"];
        Assert.Equal(expected, read.Table("Data").TableColumns!.Elements<TableColumn>().Select(column => column.Name!.Value));
        Assert.Equal(expected, new[] { "A1", "B1", "C1", "D1", "E1" }.Select(reference => read.Text("Data", reference)));
        Assert.True(read.QuotePrefixed("Data", "E1"));
    }
}
