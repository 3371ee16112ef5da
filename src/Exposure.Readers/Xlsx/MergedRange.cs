namespace Exposure.Readers.Xlsx;

/// <summary>A worksheet's merged range of cells (<c>C2:C5</c>, <c>A3:G3</c>): 1-based rows and columns.</summary>
internal sealed record MergedRange(string Reference, int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public int Rows => LastRow - FirstRow + 1;

    public int Columns => LastColumn - FirstColumn + 1;
}
