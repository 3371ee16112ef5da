namespace Exposure.Readers.Xlsx;

/// <summary>A worksheet's merged range of cells that spans several rows (<c>C2:C5</c>): 1-based rows and columns.</summary>
internal sealed record MergedRange(string Reference, int FirstRow, int FirstColumn, int LastRow, int LastColumn);
