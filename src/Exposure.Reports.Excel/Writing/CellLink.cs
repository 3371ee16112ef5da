namespace Exposure.Reports.Excel.Writing;

/// <summary>An external hyperlink; <paramref name="Text"/> is shown in the cell, the URL when it is null or empty.</summary>
public sealed record CellLink(string Url, string? Text = null);
