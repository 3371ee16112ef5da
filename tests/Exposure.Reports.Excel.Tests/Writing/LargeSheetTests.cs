using System.Globalization;
using System.Text.Json;
using Exposure.Reports.Excel.Writing;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Reports.Excel.Tests.Writing;

/// <summary>
/// A sheet of many rows, written in many output buffers and compressed blocks, reads back cell for cell: text with
/// markup characters, line breaks and characters outside the basic plane, numbers, dates, booleans, and blanks for
/// values that are unknown.
/// </summary>
public sealed class LargeSheetTests(ITestOutputHelper output)
{
    private const int RowCount = 12_000;

    private static readonly string[] Texts =
    [
        "plain",
        "Fish & Chips <Holdings> \"Ltd\" 'A'",
        "first\r\nsecond\rthird\nfourth",
        "]]> and &amp; written as text",
        "中国石油化工 😀 Société Générale",
        "\ttab first",
        "trailing space ",
        "=1+1",
    ];

    [Fact]
    public void A_large_sheet_passes_the_validator_and_reads_back_every_value()
    {
        var workbook = Workbooks.Write(writer => writer.AddTableSheet(Sheet(), Enumerable.Range(0, RowCount)));

        Assert.Empty(ReadBack.Validate(workbook, output));
        using var read = new ReadBack(workbook);
        var rows = read.Rows("Large");
        Assert.Equal(RowCount + 1, rows.Count);
        foreach (var i in new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 4_095, 4_096, 9_999, RowCount - 1 })
        {
            var r = (i + 2).ToString(CultureInfo.InvariantCulture);
            Assert.Equal(Text(i), read.Text("Large", "A" + r));
            Assert.Equal(i, read.Number("Large", "B" + r));
            if (Amount(i) is { } amount)
            {
                Assert.Equal((double)amount, read.Number("Large", "C" + r));
            }
            else
            {
                Assert.Null(read.Cell("Large", "C" + r));
            }

            Assert.Equal(new DateTime(2026, 1, 1).AddDays(i % 365).ToOADate(), read.Number("Large", "D" + r));
            Assert.Equal(i % 2 == 0 ? "1" : "0", read.RequiredCell("Large", "E" + r).CellValue!.Text);
        }

        Assert.Equal("A1:E" + (RowCount + 1).ToString(CultureInfo.InvariantCulture), read.Table("Large").Reference!.Value);
    }

    [Fact]
    public void Text_across_the_writers_buffers_keeps_every_character()
    {
        // Surrogate pairs at every offset, longer than one conversion slice and one output buffer, and cut to the cell limit.
        string[] texts = [string.Concat(Enumerable.Repeat("a😀", 15_000)), "b" + string.Concat(Enumerable.Repeat("😀é<&", 9_000))];
        var workbook = Workbooks.Write(writer => writer.AddTableSheet(new TableSheet<string>("Long").WrappedText("T", 40, s => s), texts));

        Assert.Empty(ReadBack.Validate(workbook, output));
        using var read = new ReadBack(workbook);
        Assert.Equal(texts[0][..32_767], read.Text("Long", "A2"));
        Assert.True(char.IsHighSurrogate(texts[1][32_766]), "the second text has a pair across the cell limit");
        Assert.Equal(texts[1][..32_766], read.Text("Long", "A3"));
    }

    [SkippableFact]
    public void Openpyxl_reads_the_same_values()
    {
        Requires.That(PythonHasOpenpyxl(), "openpyxl for /usr/bin/python3 (apt-get install python3-openpyxl)");
        var path = Path.Combine(Path.GetTempPath(), "exposure-tests-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var writer = new WorkbookWriter(path))
            {
                writer.AddTableSheet(Sheet(), Enumerable.Range(0, RowCount));
                writer.Complete();
            }

            var values = JsonSerializer.Deserialize<List<List<JsonElement>>>(Python(
                "import json, sys, openpyxl\n" +
                "ws = openpyxl.load_workbook(sys.argv[1], read_only=True)['Large']\n" +
                "rows = [[c.value.isoformat() if hasattr(c.value, 'isoformat') else c.value for c in row] for row in ws.iter_rows(min_row=2)]\n" +
                "print(json.dumps(rows))\n", path))!;

            Assert.Equal(RowCount, values.Count);
            for (var i = 0; i < RowCount; i++)
            {
                var row = values[i];
                Assert.Equal(Text(i), row[0].GetString());
                Assert.Equal(i, row[1].GetInt32());
                Assert.Equal(Amount(i) is { } amount ? (double?)amount : null, row[2].ValueKind == JsonValueKind.Null ? (double?)null : row[2].GetDouble());
                Assert.Equal(new DateTime(2026, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), row[3].GetString());
                Assert.Equal(i % 2 == 0, row[4].GetBoolean());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static TableSheet<int> Sheet() =>
        new TableSheet<int>("Large")
            .Text("Text", 30, Text)
            .Integer("Number", 10, i => i)
            .Money("Amount", 14, Amount)
            .Date("Date", 12, i => new DateOnly(2026, 1, 1).AddDays(i % 365))
            .Boolean("Even", 8, i => i % 2 == 0);

    private static string Text(int i) => Texts[i % Texts.Length] + " " + i.ToString(CultureInfo.InvariantCulture);

    private static decimal? Amount(int i) => i % 7 == 3 ? null : (i * 1234.5678m) - 50_000m;

    private static bool PythonHasOpenpyxl()
    {
        if (!File.Exists("/usr/bin/python3")) return false;
        try
        {
            Python("import openpyxl\n");
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Python(string script, params string[] arguments)
    {
        var (exitCode, output, error) = ExternalProgram.Run("/usr/bin/python3", ["-c", script, .. arguments]);
        if (exitCode != 0) throw new InvalidOperationException("python3 failed: " + error);
        return output;
    }
}
