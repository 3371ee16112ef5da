namespace Exposure.Reports.Pdf.Layout;

/// <summary>A bookmark (PDF outline item); level 1 is the top level.</summary>
public sealed record OutlineEntry(string Title, int Level);
