namespace Exposure.Reports.Excel.Writing;

/// <summary>A column of a worksheet: its width in characters and the style of cells typed into it later (0: none).</summary>
internal readonly record struct WorksheetColumn(double WidthInCharacters, uint Style = 0);
