namespace Exposure.Reports.Pdf.Layout;

/// <summary>The one-based number of a page and the total page count, for headers and footers.</summary>
public sealed record PageInfo(int Number, int Count);
