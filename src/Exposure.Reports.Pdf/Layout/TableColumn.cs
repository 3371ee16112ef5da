namespace Exposure.Reports.Pdf.Layout;

/// <summary>A table column: header text, width and alignment (use <see cref="TextAlignment.Right"/> for numbers).</summary>
public sealed record TableColumn(string Header, ColumnWidth Width, TextAlignment Alignment = TextAlignment.Left)
{
    /// <summary>Text size of the body cells of this column; defaults to the table's size. The header keeps the table's size.</summary>
    public double? FontSize { get; init; }

    /// <summary>
    /// Makes the column exactly as wide as its widest body line (cells are not wrapped except at their own line breaks),
    /// or as its header on at most two lines, whichever is wider; a fixed <see cref="Width"/> is then the upper limit.
    /// For columns of figures.
    /// </summary>
    public bool FitContent { get; init; }

    /// <summary>
    /// With <see cref="FitContent"/>: the column is as wide as its widest body line, measured, even past
    /// <see cref="Width"/>, so no line of it wraps: a figure with a word before it ("at least 20.000%") stays whole.
    /// </summary>
    public bool KeepLinesWhole { get; init; }
}
