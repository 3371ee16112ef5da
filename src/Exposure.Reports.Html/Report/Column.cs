namespace Exposure.Reports.Html.Report;

/// <summary>A table column: its header, and whether it holds figures (right-aligned, sorted as numbers).</summary>
internal sealed record Column(string Header, bool Numeric = false);
