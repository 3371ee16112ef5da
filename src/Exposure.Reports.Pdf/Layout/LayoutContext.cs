using Exposure.Reports.Pdf.Fonts;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Fonts, styles and text measurement for elements laying themselves out; collects text that could not be drawn.</summary>
public sealed class LayoutContext
{
    private readonly TextLayouter _layouter;
    private readonly SortedSet<int> _unrenderable = [];
    private readonly Stack<StructureNode> _parents = new();

    internal LayoutContext(FontSet fonts, DocumentStyles styles, XGraphics measure)
    {
        Fonts = fonts;
        Styles = styles;
        Shaper = new TextShaper(fonts);
        _layouter = new TextLayouter(this, measure);
    }

    public FontSet Fonts { get; }

    public TextShaper Shaper { get; }

    public DocumentStyles Styles { get; }

    /// <summary>Code points no font could draw; each was shown as '?'.</summary>
    public IReadOnlyCollection<int> UnrenderableCodePoints => _unrenderable;

    /// <summary>How many spans were shown with their <see cref="TextSpan.Fallback"/> text.</summary>
    public int FallbacksUsed { get; private set; }

    /// <summary>Wraps <paramref name="spans"/> into lines no wider than <paramref name="width"/>, breaking words that do not fit on a line of their own.</summary>
    public IReadOnlyList<TextLine> LayoutText(
        IReadOnlyList<TextSpan> spans, TextStyle style, double width, TextAlignment alignment = TextAlignment.Left) =>
        _layouter.Layout(spans, style, width, alignment);

    /// <summary>The width of the widest word of <paramref name="spans"/> (<see cref="TextLayouter.WidestWord"/>).</summary>
    public double WidestWord(IReadOnlyList<TextSpan> spans, TextStyle style) => _layouter.WidestWord(spans, style);

    /// <summary>The drawn width of <paramref name="text"/> on one line, with per-character font fallback.</summary>
    public double MeasureWidth(string text, TextStyle style)
    {
        var lines = _layouter.Layout([text], style, double.MaxValue, TextAlignment.Left);
        return lines.Count == 0 ? 0 : lines.Max(l => l.Width);
    }

    /// <summary>The structure element that elements laid out now belong to: the innermost <see cref="Within{T}"/>, or none (the document).</summary>
    public StructureNode? StructureParent => _parents.Count == 0 ? null : _parents.Peek();

    /// <summary>A new structure element under <see cref="StructureParent"/>.</summary>
    public StructureNode NewStructure(StructureTag tag) => new(tag, StructureParent);

    /// <summary>Runs <paramref name="layout"/> with <paramref name="parent"/> as the structure element new elements belong to.</summary>
    public T Within<T>(StructureNode parent, Func<T> layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        _parents.Push(parent);
        try
        {
            return layout();
        }
        finally
        {
            _parents.Pop();
        }
    }

    internal void ReportUnrenderable(int codePoint) => _unrenderable.Add(codePoint);

    internal void ReportFallbackUsed() => FallbacksUsed++;
}
