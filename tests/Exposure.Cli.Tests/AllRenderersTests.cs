using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Pipeline;
using Exposure.Reports.Json;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>One model through every renderer the CLI offers: the figures each shows are the model's.</summary>
public sealed class AllRenderersTests
{
    [SkippableFact]
    public void Every_format_shows_the_same_figures()
    {
        using var temp = new TempFolder();
        var renderers = ReportFormats.Renderers(ReportFormats.Known, new PdfReportOptions());
        Assert.Equal(["pdf", "html", "xlsx", "json", "csv", "parquet"], renderers.Select(r => r.Format).Distinct());
        var report = ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")], RepoPaths.ReferenceData, temp.Path, renderers, "test")).Report;
        var s = report.Summary;

        using (var json = File.OpenRead(Path.Combine(temp.Path, "exposure-report.json")))
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(s, JsonReportRenderer.Options), System.Text.Json.JsonSerializer.Serialize(JsonReportRenderer.Read(json).Summary, JsonReportRenderer.Options));

        var funds = File.ReadAllLines(Path.Combine(temp.Path, "funds.csv"));
        var header = funds[0].TrimStart('\uFEFF').Split(',');
        var row = funds[1].Split(',');
        Assert.Equal(report.Funds[0].FlaggedValue, decimal.Parse(row[Array.IndexOf(header, "flagged_value")], CultureInfo.InvariantCulture));

        Assert.Equal(report.Findings.Count, ParquetRows(Path.Combine(temp.Path, "findings.parquet")));

        using (var book = SpreadsheetDocument.Open(Path.Combine(temp.Path, "exposure-report.xlsx"), false))
        {
            var wb = book.WorkbookPart!;
            var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(x => x.Name == "Funds");
            var cell = ((WorksheetPart)wb.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == "G2");
            Assert.Equal((double)report.Funds[0].FlaggedValue!.Value, double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture), 6);
        }

        Requires.Program("pdftotext", "poppler-utils");
        var text = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", Path.Combine(temp.Path, "exposure-report.pdf"), "-"]) { RedirectStandardOutput = true })!
            .StandardOutput.ReadToEnd();
        Assert.Contains($"USD {s.FlaggedValue!.Value.ToString("N0", CultureInfo.InvariantCulture)}", text);
        Assert.Contains($"USD {s.FundValue!.Value.ToString("N0", CultureInfo.InvariantCulture)}", text);
        Assert.Contains($"USD {s.ValueScreened!.Value.ToString("N0", CultureInfo.InvariantCulture)}", text);
        Assert.Contains((s.FlaggedShare!.Value * 100).ToString("0.000", CultureInfo.InvariantCulture) + "%", text);
    }

    private static long ParquetRows(string path) => ParquetRowsAsync(path).GetAwaiter().GetResult();

    private static async Task<long> ParquetRowsAsync(string path)
    {
        await using var reader = await Parquet.ParquetReader.CreateAsync(path);
        var rows = 0L;
        for (var g = 0; g < reader.RowGroupCount; g++)
            using (var group = reader.OpenRowGroupReader(g)) rows += group.RowCount;
        return rows;
    }
}
