namespace Exposure.Reports.Html.Charts;

/// <summary>One bar: its series, its length (bars start from zero; a negative figure draws no bar), and the label giving its figure.</summary>
internal sealed record Bar(int Series, double Length, string Label);
