using System.Globalization;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// The chart part of a <see cref="BarChartSpec"/>: one series of horizontal bars whose names and values are
/// read from two columns of the sheet (with cached copies, for readers that do not recalculate).
/// </summary>
internal static class BarChartBuilder
{
    private const uint CategoryAxisId = 500_000_001;
    private const uint ValueAxisId = 500_000_002;
    private const string BarColor = "4472C4";

    /// <param name="headerRow">The row holding the axis titles; the points follow it in columns A (names) and B (values).</param>
    public static C.ChartSpace Build(BarChartSpec spec, string sheetName, int headerRow)
    {
        var firstRow = headerRow + 1;
        var lastRow = headerRow + spec.Points.Count;
        var formatCode = WorkbookStyles.NumberFormatOf(spec.ValueKind);
        var series = new C.BarChartSeries(
            new C.Index { Val = 0 },
            new C.Order { Val = 0 },
            new C.SeriesText(new C.StringReference(
                new C.Formula(CellReferences.AbsoluteRange(sheetName, 1, headerRow, headerRow)),
                StringCache([spec.ValueAxisTitle]))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = BarColor })),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(new C.StringReference(
                new C.Formula(CellReferences.AbsoluteRange(sheetName, 0, firstRow, lastRow)),
                StringCache(spec.Points.Select(point => point.Category).ToList()))),
            new C.Values(new C.NumberReference(
                new C.Formula(CellReferences.AbsoluteRange(sheetName, 1, firstRow, lastRow)),
                NumberCache(formatCode, spec.Points))));

        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false },
            series,
            // A label takes its cell's format, so that a lower bound's reads "at least" as its cell does.
            new C.DataLabels(
                new C.NumberingFormat { FormatCode = formatCode, SourceLinked = true },
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.GapWidth { Val = 60 },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });

        var categoryAxis = new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            Title(spec.CategoryAxisTitle),
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });

        var valueAxis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
            new C.MajorGridlines(),
            Title(spec.ValueAxisTitle),
            new C.NumberingFormat { FormatCode = formatCode, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = C.CrossesValues.Maximum },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });

        var chartSpace = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "en-US" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(spec.Title),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(new C.Layout(), barChart, categoryAxis, valueAxis),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
        chartSpace.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        chartSpace.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        chartSpace.AddNamespaceDeclaration("r", RelationshipTypes.Namespace);
        return chartSpace;
    }

    private static C.Title Title(string text) =>
        new(
            new C.ChartText(new C.RichText(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(new A.Run(new A.RunProperties { Language = "en-US" }, new A.Text(ExcelText.CleanLine(text)))))),
            new C.Overlay { Val = false });

    private static C.StringCache StringCache(IReadOnlyList<string> texts) =>
        new(
            new OpenXmlElement[] { new C.PointCount { Val = (uint)texts.Count } }.Concat(
                texts.Select((text, index) => new C.StringPoint(new C.NumericValue(ExcelText.Escape(ExcelText.Clean(text)))) { Index = (uint)index })));

    private static C.NumberingCache NumberCache(string formatCode, IReadOnlyList<BarChartPoint> points) =>
        new(
            new OpenXmlElement[] { new C.FormatCode(formatCode), new C.PointCount { Val = (uint)points.Count } }.Concat(
                points.Select((point, index) => (point, index)).Where(x => x.point.Value is not null)
                    .Select(x => new C.NumericPoint(new C.NumericValue(((double)x.point.Value!.Value).ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)x.index })));
}
