using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>A piece of text with its own emphasis, colour or link.</summary>
public sealed record TextSpan(string Text)
{
    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public XColor? Color { get; init; }

    /// <summary>A URL; the span is underlined and clickable.</summary>
    public string? Link { get; init; }

    /// <summary>
    /// Latin text shown instead of <see cref="Text"/> (followed by <see cref="DocumentStyles.FallbackMarker"/>) when
    /// some character of <see cref="Text"/> has no glyph in any available font.
    /// </summary>
    public string? Fallback { get; init; }

    public static implicit operator TextSpan(string text) => new(text);
}
