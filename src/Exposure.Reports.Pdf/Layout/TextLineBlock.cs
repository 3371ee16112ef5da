using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>A block holding one line of a paragraph or heading.</summary>
public sealed class TextLineBlock : LayoutBlock
{
    public TextLineBlock(TextLine line)
    {
        Line = line;
    }

    public TextLine Line { get; }

    public override double Height => Line.Height;

    internal override string Text => Line.Text;

    public override void Draw(DrawContext context, XPoint topLeft) => Line.Draw(context, topLeft);
}
