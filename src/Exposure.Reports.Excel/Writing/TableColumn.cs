namespace Exposure.Reports.Excel.Writing;

/// <summary>One column of a table sheet: header text, kind, width in characters and the cell for a row.</summary>
public sealed class TableColumn<TRow>
{
    internal TableColumn(string header, ColumnKind kind, double width, Func<TRow, CellContent> value)
    {
        ArgumentNullException.ThrowIfNull(header);
        ColumnWidths.Validate(width);
        Header = header;
        Kind = kind;
        Width = width;
        Value = value;
    }

    public string Header { get; }

    public ColumnKind Kind { get; }

    public double Width { get; }

    internal Func<TRow, CellContent> Value { get; }
}
