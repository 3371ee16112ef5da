using Exposure.Reports.Excel.Writing;
using Xunit.Abstractions;

namespace Exposure.Reports.Excel.Tests.Writing;

public sealed class WriterStateTests(ITestOutputHelper output)
{
    [Fact]
    public void A_workbook_needs_a_sheet()
    {
        using var writer = new WorkbookWriter(new MemoryStream());

        Assert.Throws<InvalidOperationException>(writer.Complete);
    }

    [Fact]
    public void A_complete_workbook_takes_no_more_sheets()
    {
        using var writer = new WorkbookWriter(new MemoryStream());
        writer.AddTableSheet(Workbooks.Numbers("Data"), [1]);
        writer.Complete();

        Assert.Throws<InvalidOperationException>(() => writer.AddTableSheet(Workbooks.Numbers("More"), [1]));
        Assert.Throws<InvalidOperationException>(writer.Complete);
    }

    [Fact]
    public void A_workbook_whose_rows_failed_cannot_be_completed()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            throw new IOException("source lost");
        }

        using var writer = new WorkbookWriter(new MemoryStream());

        Assert.Throws<IOException>(() => writer.AddTableSheet(Workbooks.Numbers("Data"), Failing()));
        Assert.Throws<InvalidOperationException>(writer.Complete);
    }

    [Fact]
    public void A_disposed_writer_refuses_work_and_can_be_disposed_again()
    {
        var writer = new WorkbookWriter(new MemoryStream());
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.AddTableSheet(Workbooks.Numbers("Data"), [1]));
        writer.Dispose();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_048_576)]
    public void The_row_limit_must_fit_a_sheet(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkbookWriter(new MemoryStream(), new WorkbookWriterOptions { MaxDataRowsPerSheet = limit }));
    }

    [Fact]
    public void Bad_sheet_definitions_are_refused_before_anything_is_written()
    {
        using var writer = new WorkbookWriter(new MemoryStream());

        Assert.Throws<ArgumentException>(() => writer.AddTableSheet(new TableSheet<int>("Empty"), [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableSheet<int>("Wide").Text("A", 0, _ => ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarChartSpec("T", "X", "Y", []) { ValueKind = ColumnKind.Text });
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.AddKeyValueSheet(new KeyValueSheet("S", "T", []) { LabelWidth = 300 }));
        writer.AddTableSheet(Workbooks.Numbers("Data"), [1]);
        writer.Complete();
    }

    [Fact]
    public void A_path_gets_a_complete_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"exposure-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var writer = new WorkbookWriter(path))
            {
                writer.AddKeyValueSheet(new KeyValueSheet("Run info", "Run", [new KeyValueEntry("Rows", CellContent.Integer(3))]));
                writer.Complete();
            }

            Assert.Empty(ReadBack.Validate(File.ReadAllBytes(path), output));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_chart_without_points_is_left_out()
    {
        var sheet = new KeyValueSheet("Summary", "Summary", [new KeyValueEntry("Funds", CellContent.Integer(0))])
        {
            Chart = new BarChartSpec("Top funds", "Fund", "Value", []),
        };
        var workbook = Workbooks.Write(writer => writer.AddKeyValueSheet(sheet));

        Assert.Empty(ReadBack.Validate(workbook, output));
        using var read = new ReadBack(workbook);
        Assert.Null(read.Sheet("Summary").DrawingsPart);
        Assert.Equal(2, read.Rows("Summary").Count);
    }
}
