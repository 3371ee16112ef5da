namespace Exposure.Reports.Pdf.Layout;

/// <summary>The content of a table cell; <see cref="Fallback"/> is shown (with the fallback marker) when <see cref="Text"/> cannot be drawn.</summary>
public sealed record TableCell(string Text)
{
    public string? Fallback { get; init; }

    public bool Bold { get; init; }

    public string? Link { get; init; }

    /// <summary>Styled spans drawn after <see cref="Text"/> in the same cell (e.g. a bold first line and plain detail lines).</summary>
    public IReadOnlyList<TextSpan> More { get; init; } = [];

    public static implicit operator TableCell(string text) => new(text);

    internal TextSpan ToSpan() => new(Text) { Fallback = Fallback, Bold = Bold, Link = Link };

    internal IReadOnlyList<TextSpan> ToSpans() => More.Count == 0 ? [ToSpan()] : [ToSpan(), .. More];
}
