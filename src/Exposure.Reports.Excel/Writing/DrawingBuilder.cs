using System.Globalization;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Exposure.Reports.Excel.Writing;

/// <summary>The drawing part that places one chart on a sheet, between two cell corners (zero-based).</summary>
internal static class DrawingBuilder
{
    private const string ChartGraphicUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public static Xdr.WorksheetDrawing Chart(string chartRelationshipId, int fromColumn, int fromRow, int toColumn, int toRow)
    {
        var drawing = new Xdr.WorksheetDrawing(
            new Xdr.TwoCellAnchor(
                Marker(new Xdr.FromMarker(), fromColumn, fromRow),
                Marker(new Xdr.ToMarker(), toColumn, toRow),
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = 2, Name = "Chart 1" },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartRelationshipId }) { Uri = ChartGraphicUri }))
                {
                    Macro = "",
                },
                new Xdr.ClientData())
            {
                EditAs = Xdr.EditAsValues.OneCell,
            });
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        drawing.AddNamespaceDeclaration("c", ChartGraphicUri);
        drawing.AddNamespaceDeclaration("r", RelationshipTypes.Namespace);
        return drawing;
    }

    private static OpenXmlCompositeElement Marker(OpenXmlCompositeElement marker, int column, int row)
    {
        marker.Append(
            new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }
}
