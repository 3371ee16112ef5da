namespace Exposure.Reports.Pdf.Layout;

public enum TextAlignment
{
    Left,
    Center,
    Right,
}
