using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Exposure.Core;

namespace Exposure.Readers.Xlsx;

/// <summary>How much a workbook may unpack to before it is refused as hostile or absurd.</summary>
/// <param name="MaxEntries">Files inside the zip.</param>
/// <param name="MaxEntryBytes">Unpacked size of any one file inside the zip.</param>
/// <param name="MaxTotalBytes">Unpacked size of all files together.</param>
/// <param name="MaxCompressionRatio">Unpacked over packed size, checked for entries larger than <paramref name="RatioCheckedAboveBytes"/>.</param>
/// <param name="RatioCheckedAboveBytes">Entries up to this size may compress as well as they like.</param>
/// <param name="MaxXmlDepth">
/// How deep the XML of any entry may nest elements: a workbook's parts nest about ten deep, and the parts the Open Xml
/// SDK loads whole are parsed recursively, so a part nested thousands deep would exhaust the stack.
/// </param>
public sealed record XlsxLimits(
    int MaxEntries = 10_000,
    long MaxEntryBytes = 100L * 1024 * 1024,
    long MaxTotalBytes = 200L * 1024 * 1024,
    double MaxCompressionRatio = 100,
    long RatioCheckedAboveBytes = 1024 * 1024,
    int MaxXmlDepth = 100)
{
    public static XlsxLimits Default { get; } = new();
}

/// <summary>
/// Checks that a file is a zip a workbook could be, before any XML in it is parsed: the zip's own directory is read
/// for the number of entries, then every entry's declared size and compression ratio are checked. A zip that understates
/// an entry's size gains nothing: System.IO.Compression never unpacks an entry past the size it declares (the XML is then
/// cut short and fails to parse), and the Open Xml SDK is told to stop at <see cref="XlsxLimits.MaxEntryBytes"/> characters a part.
/// </summary>
internal static class WorkbookGuard
{
    private static readonly byte[] ZipLocalHeader = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] ZipEmpty = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static void Check(string path, string displayName, XlsxLimits limits)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var head = new byte[8];
        var n = stream.Read(head, 0, head.Length);
        if (n >= 8 && head.AsSpan().SequenceEqual(OleCompound))
            throw new DataException(displayName, null,
                "not an .xlsx workbook: this is an Excel 97-2003 (.xls) or password-protected workbook; save it as .xlsx (without a password) or as CSV");
        if (n < 4 || !(head.AsSpan(0, 4).SequenceEqual(ZipLocalHeader) || head.AsSpan(0, 4).SequenceEqual(ZipEmpty)))
            throw new DataException(displayName, null, "not an .xlsx workbook: the file is not a zip archive");

        var declaredEntries = EntriesInDirectory(stream, displayName);
        if (declaredEntries > limits.MaxEntries)
            throw Refuse(displayName, $"the zip holds {ZipBombGuard.Count(declaredEntries)} entries, more than the {ZipBombGuard.Count(limits.MaxEntries)} allowed");

        stream.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(displayName, e);
        }

        using (zip)
        {
            IReadOnlyCollection<ZipArchiveEntry> entries;
            try
            {
                entries = zip.Entries;
            }
            catch (InvalidDataException e)
            {
                throw Corrupt(displayName, e);
            }
            ZipBombGuard.Check(entries, displayName,
                new(limits.MaxEntries, limits.MaxEntryBytes, limits.MaxTotalBytes, limits.MaxCompressionRatio, limits.RatioCheckedAboveBytes));
            foreach (var entry in entries) CheckNesting(entry, displayName, limits.MaxXmlDepth);
        }
    }

    /// <summary>
    /// Streams an entry's XML and refuses elements nested deeper than <paramref name="maxDepth"/>. An entry that is not XML,
    /// or is broken XML, is left to the reader, which reports it if it is a part the workbook needs.
    /// </summary>
    private static void CheckNesting(ZipArchiveEntry entry, string displayName, int maxDepth)
    {
        try
        {
            using var stream = entry.Open();
            using var xml = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreWhitespace = true,
                IgnoreProcessingInstructions = true,
            });
            while (xml.Read())
                if (xml.NodeType == XmlNodeType.Element && xml.Depth >= maxDepth)
                    throw new DataException(displayName, null, string.Create(CultureInfo.InvariantCulture,
                        $"not a readable .xlsx workbook: entry '{Shorten(entry.FullName)}' nests XML elements more than {maxDepth} deep, which no workbook does"));
        }
        catch (XmlException)
        {
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(displayName, e);
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    /// <summary>The entry count the zip's end-of-central-directory record gives, read without building the entry list.</summary>
    private static long EntriesInDirectory(FileStream stream, string displayName)
    {
        const int EocdSize = 22;
        var length = stream.Length;
        if (length < EocdSize) throw Corrupt(displayName, null);
        var tail = (int)Math.Min(length, EocdSize + ushort.MaxValue);
        var bytes = new byte[tail];
        stream.Position = length - tail;
        stream.ReadExactly(bytes);
        for (var i = tail - EocdSize; i >= 0; i--)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4B || bytes[i + 2] != 0x05 || bytes[i + 3] != 0x06) continue;
            var entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 10, 2));
            // 0xFFFF means the real count is in a Zip64 record; a workbook never needs that many entries.
            return entries == ushort.MaxValue ? long.MaxValue : entries;
        }
        throw Corrupt(displayName, null);
    }

    private static DataException Refuse(string displayName, string reason) => ZipBombGuard.Refuse(displayName, reason);

    private static DataException Corrupt(string displayName, Exception? e) =>
        new(displayName, null, "not a readable .xlsx workbook: the zip archive is damaged or truncated" + (e is null ? "" : $" ({OneLine(e.Message)})"));

    /// <summary>A library's message as one line of at most 300 characters (it may quote the file's own text at length).</summary>
    internal static string OneLine(string message)
    {
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : line[..297] + "...";
    }
}
