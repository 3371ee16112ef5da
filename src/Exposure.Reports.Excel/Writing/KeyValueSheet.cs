namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// A sheet of a title row followed by label/value pairs (column A labels, column B typed values),
/// optionally with a bar chart whose data is written below the pairs. Widths are in characters.
/// </summary>
public sealed record KeyValueSheet(string Name, string Title, IReadOnlyList<KeyValueEntry> Entries)
{
    public double LabelWidth { get; init; } = 40;

    public double ValueWidth { get; init; } = 24;

    public BarChartSpec? Chart { get; init; }
}
