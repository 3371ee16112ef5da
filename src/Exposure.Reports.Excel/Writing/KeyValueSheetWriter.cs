using Exposure.Core.Reporting;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Writes a <see cref="KeyValueSheet"/>: the title in row 1, the pairs from row 3, and for a chart, after a
/// blank row, its data range (axis titles, then one row per point) with the chart placed right of the pairs.
/// </summary>
internal static class KeyValueSheetWriter
{
    private const int FirstEntryRow = 3;
    private const double TitleRowHeight = 24;
    private const int ChartFirstColumn = 3;
    private const int ChartColumns = 9;
    private const int ChartMinRows = 16;

    public static void Validate(KeyValueSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheet.Name, nameof(sheet));
        ColumnWidths.Validate(sheet.LabelWidth);
        ColumnWidths.Validate(sheet.ValueWidth);
        if (sheet.Title is null || sheet.Entries is null || sheet.Entries.Any(entry => entry?.Label is null))
        {
            throw new ArgumentException("A key/value sheet needs a title, and a label for every entry.", nameof(sheet));
        }

        if (sheet.Chart is { } chart && (chart.Title is null || chart.CategoryAxisTitle is null || chart.ValueAxisTitle is null || chart.Points is null || chart.Points.Any(point => point?.Category is null)))
        {
            throw new ArgumentException("A chart needs its titles, and a category for every point.", nameof(sheet));
        }
    }

    public static string Write(WorkbookParts parts, KeyValueSheet sheet)
    {
        var chart = sheet.Chart is { Points.Count: > 0 } spec ? spec : null;
        var name = parts.SheetNames.Claim(sheet.Name);
        var (part, isFirst) = parts.AddSheet(name);
        var relationships = new PartRelationships(part);
        var chartHeaderRow = FirstEntryRow + sheet.Entries.Count + 1;
        Uri? drawingUri = null;
        using (var worksheet = new WorksheetWriter(parts.Package.Open(part), parts.SharedStrings, new SheetHyperlinks(relationships, parts.Options.MaxHyperlinksPerSheet)))
        {
            worksheet.Begin(isFirst, freezeHeaderRow: false, [new WorksheetColumn(sheet.LabelWidth), new WorksheetColumn(sheet.ValueWidth)]);
            worksheet.StartRow(1, TitleRowHeight);
            worksheet.WriteShared(0, sheet.Title, StyleRole.Title);
            worksheet.EndRow();
            var rowNumber = FirstEntryRow;
            foreach (var entry in sheet.Entries)
            {
                worksheet.StartRow(rowNumber++);
                worksheet.WriteShared(0, entry.Label, StyleRole.Label);
                worksheet.Write(1, entry.Value);
                worksheet.EndRow();
            }

            string? drawingId = null;
            if (chart is not null)
            {
                WriteChartData(worksheet, chart, chartHeaderRow);
                drawingUri = parts.Package.NextPartUri("drawings", "drawing");
                drawingId = relationships.AddInternal(drawingUri, RelationshipTypes.Drawing);
            }

            worksheet.End(drawingId, tableRelationshipId: null);
        }

        if (chart is not null && drawingUri is not null)
        {
            WriteChartParts(parts.Package, drawingUri, chart, name, chartHeaderRow);
        }

        return name;
    }

    private static void WriteChartData(WorksheetWriter worksheet, BarChartSpec chart, int headerRow)
    {
        worksheet.StartRow(headerRow);
        worksheet.WriteShared(0, chart.CategoryAxisTitle, StyleRole.SectionHeader);
        worksheet.WriteShared(1, chart.ValueAxisTitle, StyleRole.SectionHeader);
        worksheet.EndRow();
        for (var index = 0; index < chart.Points.Count; index++)
        {
            var point = chart.Points[index];
            worksheet.StartRow(headerRow + 1 + index);
            worksheet.Write(0, CellContent.Text(point.Category));
            worksheet.Write(1, point.Value is not { } value ? CellContent.Text(Wording.Unknown)
                : point.AtLeast && chart.ValueKind == ColumnKind.Money ? CellContent.MoneyAtLeast(value)
                : CellContent.Number(chart.ValueKind, value));
            worksheet.EndRow();
        }
    }

    private static void WriteChartParts(ExcelPackageWriter package, Uri drawingUri, BarChartSpec chart, string sheetName, int headerRow)
    {
        var chartUri = package.NextPartUri("charts", "chart");
        var drawingPart = package.CreatePart(drawingUri, ContentTypes.Drawing);
        var chartId = new PartRelationships(drawingPart).AddInternal(chartUri, RelationshipTypes.Chart);
        var firstRow = FirstEntryRow - 1;
        var rows = Math.Max(ChartMinRows, 4 + (chart.Points.Count * 3 / 2));
        package.Save(drawingPart, DrawingBuilder.Chart(chartId, ChartFirstColumn, firstRow, ChartFirstColumn + ChartColumns, firstRow + rows));
        package.WritePart(chartUri, ContentTypes.Chart, BarChartBuilder.Build(chart, sheetName, headerRow));
    }
}
