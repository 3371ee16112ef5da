namespace Exposure.Reports.Excel.Report;

/// <summary>One row of the List review sheet: a name pair, an identifier conflict or a value left out while importing.</summary>
internal sealed record ListReviewRow(string What, string? List, string? File, int? Line, string Detail);
