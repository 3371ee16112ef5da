namespace Exposure.Reports.Excel.Writing;

public sealed record WorkbookWriterOptions
{
    /// <summary>Data rows per sheet below the header; a table with more continues on "Name (2)", "Name (3)", ...</summary>
    public int MaxDataRowsPerSheet { get; init; } = CellReferences.MaxRows - 1;

    /// <summary>Excel keeps at most 65,530 hyperlinks per sheet; past that a hyperlink cell holds its URL as text.</summary>
    public int MaxHyperlinksPerSheet { get; init; } = 65_530;

    /// <summary>
    /// The modification time of every entry in the file. Without it, 1980-01-01 00:00, the earliest a zip entry can
    /// hold: the same content then gives the same bytes whenever and wherever it is written.
    /// </summary>
    public DateTime? Timestamp { get; init; }
}
