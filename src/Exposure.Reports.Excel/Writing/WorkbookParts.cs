namespace Exposure.Reports.Excel.Writing;

/// <summary>What the sheet writers share while a workbook is written: the package, names handed out and the sheets so far.</summary>
internal sealed class WorkbookParts(ExcelPackageWriter package, WorkbookWriterOptions options)
{
    private readonly List<(string Name, Uri Uri)> sheets = [];
    private uint tableCount;

    public ExcelPackageWriter Package { get; } = package;

    public WorkbookWriterOptions Options { get; } = options;

    public SharedStrings SharedStrings { get; } = new();

    public SheetNames SheetNames { get; } = new();

    public TableNames TableNames { get; } = new();

    public IReadOnlyList<(string Name, Uri Uri)> Sheets => sheets;

    /// <summary>Creates the worksheet part of the next sheet; the first sheet of the workbook is the selected one.</summary>
    public (ExcelPart Part, bool IsFirst) AddSheet(string name)
    {
        var uri = Package.NextPartUri("worksheets", "sheet");
        sheets.Add((name, uri));
        return (Package.CreatePart(uri, ContentTypes.Worksheet), sheets.Count == 1);
    }

    public uint NextTableId() => ++tableCount;
}
