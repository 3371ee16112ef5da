namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// A clustered (horizontal) bar chart of one series. The points are written as a two-column range on the
/// same sheet, headed by the axis titles, and the chart refers to that range; bars run top to bottom in
/// the order given. <see cref="ValueKind"/> is the number kind of the values (Integer, Decimal, Money or Percent).
/// A chart without points is left out.
/// </summary>
public sealed record BarChartSpec(string Title, string CategoryAxisTitle, string ValueAxisTitle, IReadOnlyList<BarChartPoint> Points)
{
    public ColumnKind ValueKind
    {
        get;
        init => field = value is ColumnKind.Integer or ColumnKind.Decimal or ColumnKind.Money or ColumnKind.Percent
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ValueKind), value, "A chart's values are Integer, Decimal, Money or Percent.");
    } = ColumnKind.Decimal;
}
