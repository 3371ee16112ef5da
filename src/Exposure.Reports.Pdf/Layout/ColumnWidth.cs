namespace Exposure.Reports.Pdf.Layout;

/// <summary>A table column width: fixed in points, or a relative weight sharing the width left after fixed columns.</summary>
public readonly record struct ColumnWidth
{
    private ColumnWidth(double value, bool isFixed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        Value = value;
        IsFixed = isFixed;
    }

    public double Value { get; }

    public bool IsFixed { get; }

    public static ColumnWidth Fixed(double points) => new(points, true);

    public static ColumnWidth Relative(double weight) => new(weight, false);

    /// <summary>Resolves widths for <paramref name="available"/> points; when fixed columns leave no room, all widths scale proportionally.</summary>
    public static double[] Resolve(IReadOnlyList<ColumnWidth> widths, double available)
    {
        var fixedTotal = widths.Where(w => w.IsFixed).Sum(w => w.Value);
        var relativeTotal = widths.Where(w => !w.IsFixed).Sum(w => w.Value);
        var remaining = available - fixedTotal;
        var minimumRelative = relativeTotal > 0 ? available * 0.1 : 0;
        if (remaining < minimumRelative || (relativeTotal == 0 && fixedTotal > available))
        {
            var scale = available / (fixedTotal + (relativeTotal > 0 ? minimumRelative : 0));
            return widths.Select(w => w.IsFixed ? w.Value * scale : minimumRelative * scale * w.Value / relativeTotal).ToArray();
        }

        return widths.Select(w => w.IsFixed ? w.Value : remaining * w.Value / relativeTotal).ToArray();
    }
}
