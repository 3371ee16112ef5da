namespace Exposure.Reports.Excel.Writing;

public sealed record WorkbookWriterOptions
{
    /// <summary>Data rows per sheet below the header; a table with more continues on "Name (2)", "Name (3)", ...</summary>
    public int MaxDataRowsPerSheet { get; init; } = CellReferences.MaxRows - 1;

    /// <summary>Excel keeps at most 65,530 hyperlinks per sheet; past that a hyperlink cell holds its URL as text.</summary>
    public int MaxHyperlinksPerSheet { get; init; } = 65_530;
}
