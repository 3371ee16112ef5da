namespace Exposure.Reports.Pdf.Layout;

/// <summary>One bar: its label, a non-negative value, and optionally the text printed after the bar.</summary>
public sealed record BarItem(string Label, double Value)
{
    public string? ValueLabel { get; init; }

    /// <summary>Shown (with the fallback marker) when <see cref="Label"/> cannot be drawn.</summary>
    public string? LabelFallback { get; init; }

    /// <summary>This bar's paint; defaults to the chart's.</summary>
    public BarFill? Fill { get; init; }
}
