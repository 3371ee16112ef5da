namespace Exposure.Reports.Excel.Writing;

/// <summary>One bar of a chart.</summary>
/// <param name="Value">The bar's value; null where it is unknown: the data cell says "unknown" and the chart draws no bar.</param>
/// <param name="AtLeast">The value is a lower bound: its data cell, and so its label, reads "at least".</param>
public sealed record BarChartPoint(string Category, decimal? Value, bool AtLeast = false);
