using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>The base character style of a block of text; spans may add bold, italic, colour and links.</summary>
public sealed record TextStyle(double Size)
{
    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public XColor Color { get; init; } = XColors.Black;

    /// <summary>Multiplier applied to the fonts' own line spacing.</summary>
    public double LineSpacing { get; init; } = 1.0;
}
