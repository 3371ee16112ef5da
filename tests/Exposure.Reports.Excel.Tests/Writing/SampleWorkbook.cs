using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Tests.Writing;

/// <summary>A workbook with every column kind, a summary sheet with a chart and a table split over three sheets.</summary>
internal static class SampleWorkbook
{
    public const int SplitLimit = 10;
    public const int UnmatchedRows = 25;

    public static readonly string[] InjectionTexts = ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1+1"];

    public static readonly Holding[] Holdings =
    [
        new("Fund A", "First line\nsecond line", 1200, 3.14159m, 1234567.891m, 0.125m, new DateOnly(2024, 1, 31), new DateTime(2024, 2, 1, 13, 45, 30), true, new CellLink("https://example.org/report?id=1&q=a b", "Report 1")),
        new(InjectionTexts[0], InjectionTexts[1], -5, -2.5m, -10m, 1m, new DateOnly(1900, 1, 1), new DateTime(1900, 3, 1), false, new CellLink("javascript:alert(1)", "=bad")),
        new(InjectionTexts[2], InjectionTexts[3], 0, null, null, null, null, null, null, null),
        new("Bad\u0001chars\u0008here\uFFFF", InjectionTexts[4], null, 0.1m, 0.1m, 0.001m, new DateOnly(1899, 12, 31), null, null, new CellLink("https://example.org/same")),
        new(" _x0041_ kept ", InjectionTexts[5], long.MaxValue, 1e-10m, 79228162514264337593543950335m, -0.5m, new DateOnly(9999, 12, 31), null, true, new CellLink("https://example.org/same", "Same again")),
    ];

    public static readonly string[] ExpectedSheetNames = ["Summary", "Holdings", "Unmatched", "Unmatched (2)", "Unmatched (3)"];

    public static TableSheet<Holding> HoldingsSheet() =>
        new TableSheet<Holding>("Holdings")
            .Text("Fund", 30, h => h.Fund)
            .WrappedText("Note", 40, h => h.Note)
            .Integer("Shares", 12, h => h.Shares)
            .Decimal("Weight", 12, h => h.Weight)
            .Money("Market value", 18, h => h.Value, "USD")
            .Percent("Share of fund", 12, h => h.Share)
            .Date("As of", 12, h => h.AsOf)
            .DateTime("Updated", 20, h => h.Updated)
            .Boolean("Alleged", 10, h => h.Alleged)
            .Hyperlink("Source", 30, h => h.Source);

    public static KeyValueSheet SummarySheet() =>
        new("Summary", "Exposure report", [
            new("Generated", CellContent.DateTime(new DateTime(2024, 3, 1, 9, 30, 0))),
            new("Report date", CellContent.Date(new DateOnly(2024, 2, 29))),
            new("Funds screened", CellContent.Integer(42)),
            new("Exposed value", CellContent.Money(1234567.89m)),
            new("Exposed share", CellContent.Percent(0.0425m)),
            new("Complete", CellContent.Boolean(true)),
            new("Method", CellContent.Hyperlink(new CellLink("https://example.org/method", "Method notes"))),
            new("Comment", CellContent.WrappedText("-- reviewed")),
        ])
        {
            Chart = new BarChartSpec("Top exposed funds", "Fund", "Exposed value (USD)", [
                new("Fund A", 1000.5m),
                new("=Fund B", 750m),
                new("Fund C", 20m),
            ])
            {
                ValueKind = ColumnKind.Money,
            },
        };

    public static TableSheet<int> UnmatchedSheet() =>
        new TableSheet<int>("Unmatched")
            .Integer("Row", 8, i => i)
            .Text("Name", 20, i => $"Company {i}")
            .Money("Value", 14, i => i * 1.5m);

    public static byte[] Build()
    {
        using var output = new MemoryStream();
        using (var writer = new WorkbookWriter(output, new WorkbookWriterOptions { MaxDataRowsPerSheet = SplitLimit }))
        {
            writer.AddKeyValueSheet(SummarySheet());
            writer.AddTableSheet(HoldingsSheet(), Holdings);
            writer.AddTableSheet(UnmatchedSheet(), Enumerable.Range(1, UnmatchedRows));
            writer.Complete();
        }

        return output.ToArray();
    }
}
