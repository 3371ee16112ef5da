using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The report's table columns for figures, dates and codes. Each fits its content: it is as wide as its widest cell or
/// its header on two lines, and the width given here is the most it may take, so the text columns beside it keep their
/// room. Figures are right-aligned; dates and codes left-aligned. Text columns share what is left, by the weights each
/// table gives them.
/// </summary>
internal static partial class Typography
{
    /// <summary>
    /// Money under a header that names the table's currency ("Fund value (USD)"). When the funds report in different
    /// currencies the header names none and each cell carries its own ("USD 1,234,567"), hence the room.
    /// </summary>
    public static TableColumn MoneyColumn(string header, string? tableCurrency) => FigureColumn(MoneyHeader(header, tableCurrency), 130);

    /// <summary>An amount in the scheme's report currency, which the header names: the tables of the scheme's holdings and managers.</summary>
    public static TableColumn SchemeAmountColumn(string header) => FigureColumn(header, 100);

    /// <summary>The value of one path to a company, or of an amount not looked through, in the report currency, beside three columns of text.</summary>
    public static TableColumn PathValueColumn(string header) => FigureColumn(header, 90);

    /// <summary>A weight or share as a percentage ("0.387%").</summary>
    public static TableColumn PercentColumn(string header) => FigureColumn(header, 60);

    /// <summary>
    /// A share that may be a lower bound ("at least 20.000%"): as wide as its widest figure with its "at least", measured,
    /// so the words stay on the figure's line; as <see cref="PercentColumn"/> when no figure needs more.
    /// </summary>
    public static TableColumn BoundPercentColumn(string header) => PercentColumn(header) with { KeepLinesWhole = true };

    /// <summary>A percentage in the tables with the most columns: the findings (beside their evidence), the scheme's holdings (among five amounts).</summary>
    public static TableColumn NarrowPercentColumn(string header) => FigureColumn(header, 50);

    /// <summary>A company's weight in a fund before or after a change between snapshots; the two stand side by side.</summary>
    public static TableColumn SnapshotWeightColumn(string header) => FigureColumn(header, 55);

    /// <summary>A count with thousands separators ("1,204").</summary>
    public static TableColumn CountColumn(string header) => FigureColumn(header, 60);

    /// <summary>A count beside wide columns of text: lines by state in the methodology, an input's lines, a manager's holdings.</summary>
    public static TableColumn NarrowCountColumn(string header) => FigureColumn(header, 50);

    /// <summary>The number of holding rows behind a company's value in a fund.</summary>
    public static TableColumn RowCountColumn(string header) => FigureColumn(header, 40);

    /// <summary>A line of a file, as editors number it ("1121").</summary>
    public static TableColumn LineNumberColumn(string header) => FigureColumn(header, 40);

    /// <summary>A line of a file with, beneath it, how many physical lines the record spans ("1121", "(3 lines)").</summary>
    public static TableColumn LineSpanColumn(string header) => FigureColumn(header, 50);

    /// <summary>An exchange rate, with up to six decimals.</summary>
    public static TableColumn RateColumn(string header) => FigureColumn(header, 80);

    /// <summary>A date ("2024-06-28"), possibly with a short remark beneath it.</summary>
    public static TableColumn DateColumn(string header) => FittedColumn(header, 60);

    /// <summary>Two dates, one above the other: a change from one snapshot to the next.</summary>
    public static TableColumn DateRangeColumn(string header) => FittedColumn(header, 70);

    /// <summary>A currency code ("GBP").</summary>
    public static TableColumn CurrencyColumn(string header) => FittedColumn(header, 60);

    /// <summary>A row state's name ("needs review", "not a holding").</summary>
    public static TableColumn StateColumn(string header) => FittedColumn(header, 80);

    /// <summary>A short word the model uses: a review decision's verdict, an input's role, a kind of change.</summary>
    public static TableColumn CodeColumn(string header) => FittedColumn(header, 50);

    /// <summary>A right-aligned column of figures, as wide as its content and at most <paramref name="maxWidth"/> points.</summary>
    public static TableColumn FigureColumn(string header, double maxWidth) =>
        new(header, ColumnWidth.Fixed(maxWidth), TextAlignment.Right) { FitContent = true };

    private static TableColumn FittedColumn(string header, double maxWidth) =>
        new(header, ColumnWidth.Fixed(maxWidth)) { FitContent = true };
}
