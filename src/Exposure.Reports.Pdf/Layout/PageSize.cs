namespace Exposure.Reports.Pdf.Layout;

/// <summary>A page size in points (1/72 inch).</summary>
public sealed record PageSize(double Width, double Height)
{
    public static PageSize A4 { get; } = new(595.2756, 841.8898);

    public static PageSize Letter { get; } = new(612, 792);
}
