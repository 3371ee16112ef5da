using Exposure.Reports.Excel.Writing;
using Xunit.Abstractions;

namespace Exposure.Reports.Excel.Tests.Writing;

public sealed class TableSplitTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(0, new[] { "A1:A2" })]
    [InlineData(1, new[] { "A1:A2" })]
    [InlineData(3, new[] { "A1:A4" })]
    [InlineData(4, new[] { "A1:A4", "A1:A2" })]
    [InlineData(9, new[] { "A1:A4", "A1:A4", "A1:A4" })]
    public void Rows_past_the_limit_continue_on_new_sheets_each_with_a_matching_table(int rows, string[] references)
    {
        TableWriteResult? result = null;
        var workbook = Workbooks.Write(
            writer => result = writer.AddTableSheet(Workbooks.Numbers("Data"), Enumerable.Range(1, rows)),
            new WorkbookWriterOptions { MaxDataRowsPerSheet = 3 });

        Assert.Empty(ReadBack.Validate(workbook, output));
        using var read = new ReadBack(workbook);
        string[] names = ["Data", .. Enumerable.Range(2, references.Length - 1).Select(part => $"Data ({part})")];
        Assert.Equal(names, read.SheetNames);
        Assert.Equal(names, result!.SheetNames);
        Assert.Equal(rows, result.RowCount);
        Assert.Equal(references, names.Select(name => read.Table(name).Reference!.Value));
        Assert.All(names, name => Assert.Equal("N", read.Text(name, "A1")));
        var values = names.SelectMany(name => read.Rows(name).Skip(1).Select(row => read.Number(name, $"A{row.RowIndex!.Value}")));
        Assert.Equal(Enumerable.Range(1, rows).Select(i => (double)i), values);
    }

    [Fact]
    public void Rows_are_enumerated_once_and_lazily()
    {
        var enumerated = 0;
        IEnumerable<int> Rows()
        {
            for (var i = 1; i <= 7; i++)
            {
                enumerated++;
                yield return i;
            }
        }

        Workbooks.Write(writer => writer.AddTableSheet(Workbooks.Numbers("Data"), Rows()), new WorkbookWriterOptions { MaxDataRowsPerSheet = 2 });

        Assert.Equal(7, enumerated);
    }

    [Fact]
    public void Hyperlinks_past_the_per_sheet_limit_are_written_as_url_text()
    {
        var sheet = new TableSheet<int>("Links").Hyperlink("Link", 30, i => new CellLink($"https://example.org/{i}", $"Link {i}"));
        var workbook = Workbooks.Write(writer => writer.AddTableSheet(sheet, Enumerable.Range(1, 3)), new WorkbookWriterOptions { MaxHyperlinksPerSheet = 2 });

        using var read = new ReadBack(workbook);
        Assert.Equal(2, read.Sheet("Links").HyperlinkRelationships.Count());
        Assert.Equal("Link 2", read.Text("Links", "A3"));
        Assert.Equal("https://example.org/3", read.Text("Links", "A4"));
    }

    [Fact]
    public void A_non_seekable_output_stream_is_written_to()
    {
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
        using (var writer = new WorkbookWriter(forwardOnly))
        {
            writer.AddTableSheet(Workbooks.Numbers("Data"), Enumerable.Range(1, 100));
            writer.Complete();
        }

        Assert.Empty(ReadBack.Validate(buffer.ToArray(), output));
        using var read = new ReadBack(buffer.ToArray());
        Assert.Equal(100, read.Number("Data", "A101"));
    }
}
