namespace Exposure.Reports.Pdf.Layout;

/// <summary>A table column: header text, width and alignment (use <see cref="TextAlignment.Right"/> for numbers).</summary>
public sealed record TableColumn(string Header, ColumnWidth Width, TextAlignment Alignment = TextAlignment.Left);
