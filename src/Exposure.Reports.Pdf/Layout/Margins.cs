namespace Exposure.Reports.Pdf.Layout;

/// <summary>Page margins in points.</summary>
public sealed record Margins(double Top, double Right, double Bottom, double Left)
{
    public static Margins All(double points) => new(points, points, points, points);
}
