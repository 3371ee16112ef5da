using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core;

namespace Exposure.Readers.Xlsx;

/// <summary>The first worksheet of a workbook as rows of cell texts, streamed, with the same guards as the holdings reader.</summary>
public static class XlsxTable
{
    /// <summary>Each stored row of the first worksheet: its row number and the text of its cells (index 0 is column A).</summary>
    public static IEnumerable<(int Row, IReadOnlyList<string> Cells)> Rows(string path, string displayName, XlsxLimits? limits = null)
    {
        if (!File.Exists(path)) throw new DataException(displayName, null, "file not found");
        if (new FileInfo(path).Length == 0) throw new DataException(displayName, null, "the file is empty");
        limits ??= XlsxLimits.Default;
        WorkbookGuard.Check(path, displayName, limits);
        return Read(path, displayName, limits);
    }

    private static IEnumerable<(int Row, IReadOnlyList<string> Cells)> Read(string path, string displayName, XlsxLimits limits)
    {
        using var document = Guard(displayName, () => SpreadsheetDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = limits.MaxEntryBytes }));
        using var rows = Guard(displayName, () =>
        {
            var workbook = document.WorkbookPart ?? throw new DataException(displayName, null, "the zip archive holds no Excel workbook");
            var part = workbook.Workbook?.Sheets?.Elements<Sheet>()
                .Select(s => s.Id?.Value is { } id && workbook.Parts.FirstOrDefault(p => p.RelationshipId == id) is { } pair ? pair.OpenXmlPart : null)
                .OfType<WorksheetPart>()
                .FirstOrDefault() ?? throw new DataException(displayName, null, "the workbook has no worksheet");
            return new SheetRows(displayName, workbook, part);
        });
        while (rows.Next() is { } row)
            yield return (row.Number, row.Texts);
    }

    private static T Guard<T>(string displayName, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException
                                       or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or ArithmeticException)
        {
            throw new DataException(displayName, null, $"not a readable .xlsx workbook ({WorkbookGuard.OneLine(e.Message)})");
        }
    }
}
