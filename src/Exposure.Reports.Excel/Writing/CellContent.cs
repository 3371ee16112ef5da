using System.Globalization;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// One typed cell value. Numbers, dates and booleans are stored as numbers; <see cref="Kind"/> picks the
/// cell style (number format, wrapping, hyperlink font). The default value is an empty text cell.
/// </summary>
public readonly record struct CellContent
{
    private CellContent(ColumnKind kind, string? textValue, double? numberValue, string? url, int decimals = 0)
    {
        Kind = kind;
        TextValue = textValue;
        NumberValue = numberValue;
        Url = url;
        Decimals = decimals;
    }

    public ColumnKind Kind { get; }

    public string? TextValue { get; }

    /// <summary>The stored number: a fraction for percentages, an Excel date serial for dates, 1 or 0 for booleans.</summary>
    public double? NumberValue { get; }

    public string? Url { get; }

    /// <summary>The decimals a percentage is shown with, by the rule every output shares (<see cref="Wording.DecimalsOf"/>); 0 for other kinds.</summary>
    public int Decimals { get; }

    public static CellContent Text(string? value) => new(ColumnKind.Text, value, null, null);

    public static CellContent WrappedText(string? value) => new(ColumnKind.WrappedText, value, null, null);

    public static CellContent Integer(long? value) => new(ColumnKind.Integer, null, value, null);

    public static CellContent Decimal(decimal? value) => new(ColumnKind.Decimal, null, (double?)value, null);

    public static CellContent Money(decimal? value) => new(ColumnKind.Money, null, (double?)value, null);

    /// <summary>A percentage given as a fraction: 0.125 is shown as 12.500%, a nonzero share too small for three decimals with more (as the other outputs show it).</summary>
    public static CellContent Percent(decimal? fraction) =>
        new(ColumnKind.Percent, null, (double?)fraction, null, fraction is { } f ? Wording.DecimalsOf(f) : Wording.PercentDecimals);

    /// <summary>Money that is a lower bound: stored as the number, shown as "at least 1,234.00".</summary>
    public static CellContent MoneyAtLeast(decimal value) => new(ColumnKind.MoneyAtLeast, null, (double)value, null);

    /// <summary>A percentage that is a lower bound, given as a fraction: stored as the number, shown as "at least 1.46%".</summary>
    public static CellContent PercentAtLeast(decimal fraction) => new(ColumnKind.PercentAtLeast, null, (double)fraction, null);

    /// <summary>Money, a lower bound where <paramref name="atLeast"/> (<see cref="MoneyAtLeast"/>); <paramref name="none"/> where there is no value.</summary>
    public static CellContent Money(decimal? value, bool atLeast, CellContent none) =>
        value is not { } v ? none : atLeast ? MoneyAtLeast(v) : Money(v);

    /// <summary>A percentage, a lower bound where <paramref name="atLeast"/> (<see cref="PercentAtLeast"/>); <paramref name="none"/> where there is no value.</summary>
    public static CellContent Percent(decimal? fraction, bool atLeast, CellContent none) =>
        fraction is not { } f ? none : atLeast ? PercentAtLeast(f) : Percent(f);

    /// <summary>A date; one before 1900-03-01, which spreadsheet programs do not read alike, is written as ISO text.</summary>
    public static CellContent Date(DateOnly? value) =>
        value is not { } date ? new(ColumnKind.Date, null, null, null)
        : ExcelDates.TryGetSerial(date.ToDateTime(TimeOnly.MinValue), out var serial) ? new(ColumnKind.Date, null, serial, null)
        : Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A date and time, written as it is given (no time-zone conversion); before 1900-03-01 it is written as ISO text.</summary>
    public static CellContent DateTime(DateTime? value) =>
        value is not { } dateTime ? new(ColumnKind.DateTime, null, null, null)
        : ExcelDates.TryGetSerial(dateTime, out var serial) ? new(ColumnKind.DateTime, null, serial, null)
        : Text(dateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    public static CellContent Boolean(bool? value) => new(ColumnKind.Boolean, null, value is { } b ? (b ? 1 : 0) : null, null);

    public static CellContent Hyperlink(CellLink? link) =>
        link is null ? new(ColumnKind.Hyperlink, null, null, null)
        : new(ColumnKind.Hyperlink, string.IsNullOrEmpty(link.Text) ? link.Url : link.Text, null, link.Url);

    internal static CellContent Number(ColumnKind kind, decimal value) => kind == ColumnKind.Percent ? Percent(value) : new(kind, null, (double)value, null);
}
