using Exposure.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Tests;

internal static class Contexts
{
    public static XGraphics NewMeasure() =>
        XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);

    public static LayoutContext New(XGraphics measure) => new(TestFonts.Set, new DocumentStyles(), measure);
}
