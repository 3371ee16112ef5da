namespace Exposure.Reports.Excel.Writing;

public sealed record KeyValueEntry(string Label, CellContent Value);
