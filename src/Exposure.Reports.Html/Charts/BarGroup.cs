namespace Exposure.Reports.Html.Charts;

/// <summary>A labelled group of bars (one bar for a simple chart); <paramref name="Note"/> is written instead when it has no bars.</summary>
internal sealed record BarGroup(string Name, IReadOnlyList<Bar> Bars, string? Note = null);
