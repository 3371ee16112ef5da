using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Readers.Csv;
using Exposure.Readers.Mapping;
using Exposure.Readers.Nport;
using Exposure.Readers.Nport.DataSet;
using Exposure.Readers.Text;
using Exposure.Readers.Xlsx;

namespace Exposure.Readers;

/// <summary>The kinds of holdings file the readers understand.</summary>
public enum HoldingsFormat
{
    /// <summary>CSV with a header row found by its content (<see cref="CsvHoldingsReader"/>).</summary>
    Csv,
    /// <summary>CSV or other delimited text read as a mapping file describes it (<see cref="MappedCsvReader"/>).</summary>
    MappedCsv,
    /// <summary>An Excel workbook (<see cref="XlsxHoldingsReader"/>).</summary>
    Xlsx,
    /// <summary>An SEC Form N-PORT filing's <c>primary_doc.xml</c> (<see cref="NportReader"/>).</summary>
    Nport,
    /// <summary>An SEC Form N-PORT data set: a zip with FUND_REPORTED_HOLDING.tsv, or its folder (<see cref="NportDataSetReader"/>).</summary>
    NportDataSet,
}

/// <summary>Chooses the reader for a holdings file by its content (and, for a workbook that is not a zip, its extension).</summary>
public static class HoldingsReaders
{
    private const int SniffBytes = 64 * 1024;
    private const int FirstLookBytes = 4 * 1024;

    /// <summary>Reads a holdings file with the reader its content calls for.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayName">How errors and reports name the file (the path as the user gave it).</param>
    /// <param name="mappingPath">A mapping file for a CSV the built-in header names do not fit (see docs/mapping-file.md); errors name it as given.</param>
    /// <param name="sheetName">For a workbook, the sheet to read; null for the first visible one with holdings.</param>
    /// <param name="months">For an N-PORT data set, whether only each series' latest report becomes a fund, or every month's.</param>
    public static IEnumerable<ReadItem> Read(string path, string displayName, string? mappingPath = null, string? sheetName = null,
        NportMonths months = NportMonths.Latest) =>
        Read(new InputSource(path, displayName, "holdings"), mappingPath is null ? null : HoldingsMapping.Load(mappingPath), sheetName, months);

    /// <summary>Reads a holdings file with the reader its content calls for, hashing it as it is read.</summary>
    /// <param name="mapping">A mapping for a CSV the built-in header names do not fit, loaded once for every file that uses it.</param>
    /// <param name="sheetName">For a workbook, the sheet to read; null for the first visible one with holdings. Given for another kind of file, an error.</param>
    /// <param name="months">For an N-PORT data set, whether only each series' latest report becomes a fund, or every month's.</param>
    /// <param name="workers">For an N-PORT data set, the threads parsing its holdings table; null for one per core.</param>
    public static IEnumerable<ReadItem> Read(InputSource source, HoldingsMapping? mapping, string? sheetName = null, NportMonths months = NportMonths.Latest,
        int? workers = null)
    {
        var format = Detect(source.Path, source.DisplayName, mapping is not null);
        if (sheetName is not null && format != HoldingsFormat.Xlsx)
            throw new DataException(source.DisplayName, null, $"a sheet to read is given ('{sheetName}'), but the file is not an Excel workbook");
        return format switch
        {
            HoldingsFormat.Xlsx => XlsxHoldingsReader.Read(source.Path, source.DisplayName, sheetName),
            HoldingsFormat.Nport => NportReader.Read(source),
            HoldingsFormat.NportDataSet => NportDataSetReader.Read(source.Path, source.DisplayName, months, workers: workers),
            HoldingsFormat.MappedCsv => MappedCsvReader.Read(source, mapping!),
            _ => CsvHoldingsReader.Read(source),
        };
    }

    /// <summary>
    /// Which reader a file needs: a folder or zip holding FUND_REPORTED_HOLDING.tsv is an N-PORT data set; another zip is
    /// a workbook (as is anything named .xlsx/.xlsm, which then fails as "not a zip");
    /// XML in the N-PORT namespace is N-PORT; other text is CSV, read with the mapping when there is one. Old .xls
    /// workbooks, PDF, other XML, HTML and binary files are refused with a one-line <see cref="DataException"/>.
    /// </summary>
    public static HoldingsFormat Detect(string path, string displayName, bool withMapping = false)
    {
        if (Directory.Exists(path))
        {
            if (!NportDataSetReader.IsDataSet(path))
                throw new DataException(displayName, null, $"a folder, not a holdings file (a folder is read only as an unpacked N-PORT data set, with {DataSetSource.HoldingsTable})");
            if (withMapping) throw new DataException(displayName, null, "a mapping file describes CSV and other delimited text, not an N-PORT data set; read the data set without one");
            return HoldingsFormat.NportDataSet;
        }
        if (!File.Exists(path)) throw new DataException(displayName, null, "file not found");
        if (new FileInfo(path).Length == 0) throw new DataException(displayName, null, "the file is empty");

        var head = new byte[8];
        int n;
        using (var stream = File.OpenRead(path)) n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, n);
        var extension = Path.GetExtension(path).ToLowerInvariant();

        if ((bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8)) && extension is not (".xlsx" or ".xlsm") && NportDataSetReader.IsDataSet(path))
        {
            if (withMapping) throw new DataException(displayName, null, "a mapping file describes CSV and other delimited text, not an N-PORT data set; read the data set without one");
            return HoldingsFormat.NportDataSet;
        }
        // A zip that cannot be opened, not named as a workbook, may be a data set or a workbook: say what is known of it.
        if ((bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8)) && extension is not (".xlsx" or ".xlsm") && !NportDataSetReader.IsReadableZip(path))
            throw new DataException(displayName, null, "a zip archive that could not be read: it is damaged or truncated (its directory at the end is missing or broken)");
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8) || extension is ".xlsx" or ".xlsm")
        {
            if (withMapping) throw new DataException(displayName, null, "a mapping file describes CSV and other delimited text, not an Excel workbook; read the workbook without one");
            return HoldingsFormat.Xlsx;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            throw Unsupported(displayName, "an Excel 97-2003 .xls or a password-protected workbook; save it as .xlsx or CSV");
        if (bytes.StartsWith("%PDF"u8))
            throw Unsupported(displayName, "a PDF; holdings must be CSV, .xlsx or N-PORT XML");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || bytes.StartsWith("7z"u8) || bytes.StartsWith("Rar!"u8))
            throw Unsupported(displayName, "a compressed archive; unpack it first");

        // The first few kilobytes tell delimited text from XML; an XML file's head is then read in full for its namespace.
        var text = TextEncodings.ReadHead(path, FirstLookBytes, out var encoding);
        if (encoding.LooksBinary) throw Unsupported(displayName, "a binary file, not text");

        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.Length == 0 || start.StartsWith('<'))
        {
            text = TextEncodings.ReadHead(path, SniffBytes, out encoding);
            start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        }
        if (start.StartsWith('<'))
        {
            if (text.Contains(NportReader.Namespace, StringComparison.Ordinal) || (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) && !IsHtml(start)))
            {
                if (withMapping) throw new DataException(displayName, null, "a mapping file describes CSV and other delimited text, not an N-PORT filing; read the filing without one");
                return HoldingsFormat.Nport;
            }
            if (text.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.Ordinal))
                throw Unsupported(displayName, "an XML Spreadsheet 2003 file, as some '.xls' downloads are; open it in a spreadsheet and save it as .xlsx or CSV");
            if (IsHtml(start)) throw Unsupported(displayName, "an HTML page");
            throw Unsupported(displayName, $"XML that is not an SEC N-PORT filing (no {NportReader.Namespace} namespace)");
        }
        return withMapping ? HoldingsFormat.MappedCsv : HoldingsFormat.Csv;
    }

    private static bool IsHtml(string start) =>
        start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);

    private static DataException Unsupported(string displayName, string what) =>
        new(displayName, null, $"not a supported holdings format ({what})");
}
