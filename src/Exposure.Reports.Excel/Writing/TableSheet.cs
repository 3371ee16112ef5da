namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// The layout of a sheet holding one Excel table: a frozen header row and typed columns, added in order
/// with the methods below. Widths are in characters.
/// </summary>
public sealed class TableSheet<TRow>
{
    private readonly List<TableColumn<TRow>> columns = [];

    public TableSheet(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<TableColumn<TRow>> Columns => columns;

    public TableSheet<TRow> Text(string header, double width, Func<TRow, string?> value) =>
        Add(header, ColumnKind.Text, width, value, CellContent.Text);

    public TableSheet<TRow> WrappedText(string header, double width, Func<TRow, string?> value) =>
        Add(header, ColumnKind.WrappedText, width, value, CellContent.WrappedText);

    public TableSheet<TRow> Integer(string header, double width, Func<TRow, long?> value) =>
        Add(header, ColumnKind.Integer, width, value, CellContent.Integer);

    /// <summary>A count column whose cells without a count read <paramref name="missing"/> (such as "unknown") instead of staying blank.</summary>
    public TableSheet<TRow> Integer(string header, double width, Func<TRow, long?> value, string missing) =>
        Add(header, ColumnKind.Integer, width, value, v => v is null ? CellContent.Text(missing) : CellContent.Integer(v));

    public TableSheet<TRow> Decimal(string header, double width, Func<TRow, decimal?> value) =>
        Add(header, ColumnKind.Decimal, width, value, CellContent.Decimal);

    /// <summary>A money column; a currency code, when given, is appended to the header as "Header (USD)".</summary>
    public TableSheet<TRow> Money(string header, double width, Func<TRow, decimal?> value, string? currencyCode = null) =>
        Add(string.IsNullOrWhiteSpace(currencyCode) ? header : $"{header} ({currencyCode.Trim()})", ColumnKind.Money, width, value, CellContent.Money);

    /// <summary>A money column whose cells without a value read <paramref name="missing"/> (such as "unknown") instead of staying blank.</summary>
    public TableSheet<TRow> Money(string header, double width, Func<TRow, decimal?> value, string? currencyCode, string missing) =>
        Add(string.IsNullOrWhiteSpace(currencyCode) ? header : $"{header} ({currencyCode.Trim()})", ColumnKind.Money, width, value,
            v => v is null ? CellContent.Text(missing) : CellContent.Money(v));

    /// <summary>A money column whose cells without a value read what <paramref name="missing"/> says for their row (such as "weights only").</summary>
    public TableSheet<TRow> Money(string header, double width, Func<TRow, decimal?> value, string? currencyCode, Func<TRow, string> missing)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(missing);
        return Add(string.IsNullOrWhiteSpace(currencyCode) ? header : $"{header} ({currencyCode.Trim()})", ColumnKind.Money, width, row => row,
            row => value(row) is { } v ? CellContent.Money(v) : CellContent.Text(missing(row)));
    }

    /// <summary>A money column whose every cell its row makes: a number, a lower bound (<see cref="CellContent.MoneyAtLeast"/>) or text.</summary>
    public TableSheet<TRow> Money(string header, double width, string? currencyCode, Func<TRow, CellContent> cell) =>
        Add(string.IsNullOrWhiteSpace(currencyCode) ? header : $"{header} ({currencyCode.Trim()})", ColumnKind.Money, width, row => row, cell);

    /// <summary>A percentage column whose every cell its row makes: a fraction, a lower bound (<see cref="CellContent.PercentAtLeast"/>) or text.</summary>
    public TableSheet<TRow> Percent(string header, double width, Func<TRow, CellContent> cell) =>
        Add(header, ColumnKind.Percent, width, row => row, cell);

    /// <summary>A percentage column whose cells without a value read <paramref name="missing"/> instead of staying blank.</summary>
    public TableSheet<TRow> Percent(string header, double width, Func<TRow, decimal?> fraction, string missing) =>
        Add(header, ColumnKind.Percent, width, fraction, v => v is null ? CellContent.Text(missing) : CellContent.Percent(v));

    /// <summary>A percentage column; values are fractions (0.125 is shown as 12.50%).</summary>
    public TableSheet<TRow> Percent(string header, double width, Func<TRow, decimal?> fraction) =>
        Add(header, ColumnKind.Percent, width, fraction, CellContent.Percent);

    public TableSheet<TRow> Date(string header, double width, Func<TRow, DateOnly?> value) =>
        Add(header, ColumnKind.Date, width, value, CellContent.Date);

    /// <summary>
    /// A date column whose cells without a date read the word <paramref name="missing"/> gives for their row (such as
    /// "unknown"), as text; where it gives null, no date belongs in the row and the cell stays blank.
    /// </summary>
    public TableSheet<TRow> Date(string header, double width, Func<TRow, DateOnly?> value, Func<TRow, string?> missing)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(missing);
        return Add(header, ColumnKind.Date, width, row => row,
            row => value(row) is { } date ? CellContent.Date(date) : missing(row) is { } word ? CellContent.Text(word) : CellContent.Date(null));
    }

    /// <summary>A date column whose cells without a date read <paramref name="missing"/> (such as "unknown") instead of staying blank.</summary>
    public TableSheet<TRow> Date(string header, double width, Func<TRow, DateOnly?> value, string missing) =>
        Date(header, width, value, _ => missing);

    public TableSheet<TRow> DateTime(string header, double width, Func<TRow, DateTime?> value) =>
        Add(header, ColumnKind.DateTime, width, value, CellContent.DateTime);

    public TableSheet<TRow> Boolean(string header, double width, Func<TRow, bool?> value) =>
        Add(header, ColumnKind.Boolean, width, value, CellContent.Boolean);

    public TableSheet<TRow> Hyperlink(string header, double width, Func<TRow, CellLink?> value) =>
        Add(header, ColumnKind.Hyperlink, width, value, CellContent.Hyperlink);

    private TableSheet<TRow> Add<TValue>(string header, ColumnKind kind, double width, Func<TRow, TValue> value, Func<TValue, CellContent> cell)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (columns.Count == CellReferences.MaxColumns)
        {
            throw new InvalidOperationException($"A sheet holds at most {CellReferences.MaxColumns} columns.");
        }

        columns.Add(new TableColumn<TRow>(header, kind, width, row => cell(value(row))));
        return this;
    }
}
