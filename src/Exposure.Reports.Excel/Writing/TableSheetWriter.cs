using DocumentFormat.OpenXml.Spreadsheet;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Writes a <see cref="TableSheet{TRow}"/>: one sheet per <see cref="WorkbookWriterOptions.MaxDataRowsPerSheet"/>
/// rows, each with the same header row and its own Excel table.
/// </summary>
internal static class TableSheetWriter
{
    private const string TableStyle = "TableStyleMedium2";

    public static TableWriteResult Write<TRow>(WorkbookParts parts, TableSheet<TRow> sheet, IEnumerable<TRow> rows)
    {
        var headers = TableHeaders.Unique(sheet.Columns.Select(column => column.Header));
        var names = new List<string>();
        long total = 0;
        using var enumerator = rows.GetEnumerator();
        var hasRow = enumerator.MoveNext();
        do
        {
            var name = parts.SheetNames.Claim(sheet.Name, names.Count + 1);
            names.Add(name);
            total += WriteSheet(parts, name, sheet.Columns, headers, enumerator, ref hasRow);
        }
        while (hasRow);

        return new TableWriteResult(names, total);
    }

    private static int WriteSheet<TRow>(
        WorkbookParts parts,
        string name,
        IReadOnlyList<TableColumn<TRow>> columns,
        IReadOnlyList<string> headers,
        IEnumerator<TRow> rows,
        ref bool hasRow)
    {
        var (part, isFirst) = parts.AddSheet(name);
        var relationships = new PartRelationships(part);
        var tableUri = parts.Package.NextPartUri("tables", "table");
        var written = 0;
        using (var worksheet = new WorksheetWriter(parts.Package.Open(part), parts.SharedStrings, new SheetHyperlinks(relationships, parts.Options.MaxHyperlinksPerSheet)))
        {
            worksheet.Begin(
                isFirst,
                freezeHeaderRow: true,
                columns.Select(column => new WorksheetColumn(column.Width, WorkbookStyles.Index(WorkbookStyles.RoleOf(column.Kind), false))));
            worksheet.StartRow(1);
            for (var index = 0; index < headers.Count; index++)
            {
                worksheet.WriteShared(index, headers[index], StyleRole.TableHeader);
            }

            worksheet.EndRow();
            while (hasRow && written < parts.Options.MaxDataRowsPerSheet)
            {
                var row = rows.Current;
                worksheet.StartRow(written + 2);
                for (var index = 0; index < columns.Count; index++)
                {
                    worksheet.Write(index, columns[index].Value(row));
                }

                worksheet.EndRow();
                written++;
                hasRow = rows.MoveNext();
            }

            worksheet.End(drawingRelationshipId: null, tableRelationshipId: relationships.AddInternal(tableUri, RelationshipTypes.Table));
        }

        var reference = $"A1:{CellReferences.Cell(columns.Count - 1, Math.Max(written, 1) + 1)}";
        parts.Package.WritePart(tableUri, ContentTypes.Table, Table(parts.NextTableId(), parts.TableNames.Claim(name), reference, headers));
        return written;
    }

    /// <summary>A table over the header row and the data rows; a table without data keeps one empty row, as Excel does.</summary>
    private static Table Table(uint id, string name, string reference, IReadOnlyList<string> headers) =>
        new(
            new AutoFilter { Reference = reference },
            new TableColumns(headers.Select((header, index) => new TableColumn { Id = (uint)index + 1, Name = ExcelText.Escape(header) })) { Count = (uint)headers.Count },
            new TableStyleInfo { Name = TableStyle, ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = id,
            Name = name,
            DisplayName = name,
            Reference = reference,
            TotalsRowShown = false,
        };
}
