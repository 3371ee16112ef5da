using DocumentFormat.OpenXml.Spreadsheet;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Writes an .xlsx workbook sheet by sheet, in the order the sheets are added, streaming each sheet to the
/// output as it is written. Call <see cref="Complete"/> after the last sheet: it writes the stylesheet and the
/// workbook part and finishes the file. Disposing without completing leaves an incomplete file; after a sheet
/// failed to write, the workbook cannot be completed.
/// </summary>
public sealed class WorkbookWriter : IDisposable
{
    private static readonly Uri WorkbookUri = new("/xl/workbook.xml", UriKind.Relative);
    private static readonly Uri StylesUri = new("/xl/styles.xml", UriKind.Relative);
    private static readonly Uri SharedStringsUri = new("/xl/sharedStrings.xml", UriKind.Relative);

    private readonly Stream? ownedStream;
    private readonly ExcelPackageWriter package;
    private readonly WorkbookParts parts;
    private readonly WorkbookStyles styles = new();
    private State state = State.Open;

    /// <summary>Writes to a writable stream, which is left open; one that cannot seek gets the file through a temporary file.</summary>
    public WorkbookWriter(Stream output, WorkbookWriterOptions? options = null)
        : this(options, () => output ?? throw new ArgumentNullException(nameof(output)), ownsStream: false)
    {
    }

    /// <summary>Creates or overwrites the file at <paramref name="path"/>.</summary>
    public WorkbookWriter(string path, WorkbookWriterOptions? options = null)
        : this(options, () => new FileStream(path ?? throw new ArgumentNullException(nameof(path)), FileMode.Create, FileAccess.Write, FileShare.None), ownsStream: true)
    {
    }

    private WorkbookWriter(WorkbookWriterOptions? options, Func<Stream> openOutput, bool ownsStream)
    {
        options ??= new WorkbookWriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDataRowsPerSheet, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxDataRowsPerSheet, CellReferences.MaxRows - 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxHyperlinksPerSheet, nameof(options));
        var stream = openOutput();
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(openOutput));
        }

        ownedStream = ownsStream ? stream : null;
        package = new ExcelPackageWriter(stream, options.Timestamp ?? ZipWriter.Epoch);
        parts = new WorkbookParts(package, options);
    }

    /// <summary>
    /// Adds a sheet holding one Excel table and writes <paramref name="rows"/> to it as they are enumerated.
    /// Rows past <see cref="WorkbookWriterOptions.MaxDataRowsPerSheet"/> continue on "Name (2)", "Name (3)", ...
    /// </summary>
    public TableWriteResult AddTableSheet<TRow>(TableSheet<TRow> sheet, IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(rows);
        if (sheet.Columns.Count == 0)
        {
            throw new ArgumentException("A table sheet needs at least one column.", nameof(sheet));
        }

        return Run(() => TableSheetWriter.Write(parts, sheet, rows));
    }

    /// <summary>Adds a title-and-pairs sheet (with its chart, if any) and returns the sheet's name.</summary>
    public string AddKeyValueSheet(KeyValueSheet sheet)
    {
        KeyValueSheetWriter.Validate(sheet);
        return Run(() => KeyValueSheetWriter.Write(parts, sheet));
    }

    /// <summary>Writes the stylesheet, shared strings and workbook parts and closes the package.</summary>
    public void Complete()
    {
        ThrowIfNotOpen();
        if (parts.Sheets.Count == 0)
        {
            throw new InvalidOperationException("A workbook needs at least one sheet.");
        }

        Run(WriteWorkbook);
        state = State.Completed;
    }

    public void Dispose()
    {
        if (state is State.Open or State.Failed)
        {
            package.Dispose();
            ownedStream?.Dispose();
        }

        state = State.Disposed;
    }

    private void WriteWorkbook()
    {
        package.WritePart(StylesUri, ContentTypes.Styles, styles.Stylesheet);
        if (!parts.SharedStrings.IsEmpty)
        {
            package.WritePart(SharedStringsUri, ContentTypes.SharedStrings, parts.SharedStrings.Build());
        }

        var workbookPart = package.CreatePart(WorkbookUri, ContentTypes.Workbook);
        var relationships = new PartRelationships(workbookPart);
        var sheets = new Sheets(parts.Sheets.Select((sheet, index) => new Sheet
        {
            Name = sheet.Name,
            SheetId = (uint)index + 1,
            Id = relationships.AddInternal(sheet.Uri, RelationshipTypes.Worksheet),
        }));
        relationships.AddInternal(StylesUri, RelationshipTypes.Styles);
        if (!parts.SharedStrings.IsEmpty)
        {
            relationships.AddInternal(SharedStringsUri, RelationshipTypes.SharedStrings);
        }

        var workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
        workbook.AddNamespaceDeclaration("r", RelationshipTypes.Namespace);
        package.Save(workbookPart, workbook);
        package.RelateDocument(WorkbookUri);
        package.Finish();
        ownedStream?.Dispose();
    }

    private void Run(Action write) => Run(() =>
    {
        write();
        return true;
    });

    private T Run<T>(Func<T> write)
    {
        ThrowIfNotOpen();
        try
        {
            return write();
        }
        catch
        {
            state = State.Failed;
            throw;
        }
    }

    private void ThrowIfNotOpen()
    {
        ObjectDisposedException.ThrowIf(state == State.Disposed, this);
        if (state != State.Open)
        {
            throw new InvalidOperationException(state == State.Completed ? "The workbook is already complete." : "A sheet failed to write; the workbook cannot be completed.");
        }
    }

    private enum State
    {
        Open,
        Failed,
        Completed,
        Disposed,
    }
}
