namespace Exposure.Reports.Html.Charts;

/// <summary>A series of bars: what they show, and their fill (an index into <see cref="Fills"/>).</summary>
internal sealed record BarSeries(string Name, int Fill);
