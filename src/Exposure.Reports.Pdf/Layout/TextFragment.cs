using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Text of a line drawn with one font, at <see cref="X"/> from the line start, <see cref="Width"/> measured by PDFsharp.</summary>
public sealed record TextFragment(string Text, XFont Font, double X, double Width, XColor Color, string? Link)
{
    /// <summary>The language of the fragment when it is not the document's (Chinese characters: zh-Hans or zh-Hant).</summary>
    public string? Language { get; init; }
}
