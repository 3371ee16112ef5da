using System.Buffers.Binary;
using System.IO.Compression;
using Exposure.Core;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// Where the tables of an N-PORT data set are: a quarterly zip as the SEC publishes it (tables read straight from it,
/// never unpacked to disk) or the folder it was unpacked to. The tables may sit at the root or in one folder inside the
/// zip. A zip is checked before any table is read: its entry count from the zip's own directory, then every entry's
/// declared size and compression ratio; System.IO.Compression never unpacks an entry past the size it declares.
/// </summary>
internal sealed class DataSetSource : IDisposable
{
    public const string HoldingsTable = "FUND_REPORTED_HOLDING.tsv";

    private readonly string _displayName;
    private readonly string? _folder;
    private readonly FileStream? _file;
    private readonly ZipArchive? _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    private DataSetSource(string displayName, string folder)
    {
        _displayName = displayName;
        _folder = folder;
    }

    private DataSetSource(string displayName, FileStream file, ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries)
    {
        _displayName = displayName;
        _file = file;
        _zip = zip;
        _entries = entries;
    }

    public string DisplayName => _displayName;

    /// <summary>True when <paramref name="path"/> is a folder holding the holdings table, or a zip with it inside.</summary>
    public static bool IsDataSet(string path)
    {
        if (Directory.Exists(path)) return File.Exists(Path.Combine(path, HoldingsTable));
        if (!File.Exists(path)) return false;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
            if (EntriesInDirectory(stream) is not { } count || count > DataSetLimits.Default.MaxEntries) return false;
            stream.Position = 0;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Any(e => string.Equals(e.Name, HoldingsTable, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when the zip <paramref name="path"/> can be opened: its directory at the end is there and readable. False for a
    /// zip cut short or damaged, which is then neither a data set nor a workbook that can be told from one.
    /// </summary>
    public static bool IsReadableZip(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
            if (EntriesInDirectory(stream) is null) return false;
            stream.Position = 0;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            _ = zip.Entries.Count;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static DataSetSource Open(string path, string displayName, DataSetLimits limits)
    {
        if (Directory.Exists(path))
        {
            if (!File.Exists(Path.Combine(path, HoldingsTable)))
                throw new DataException(displayName, null, $"not an N-PORT data set: the folder has no {HoldingsTable}");
            return new DataSetSource(displayName, path);
        }
        if (!File.Exists(path)) throw new DataException(displayName, null, "file not found");

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var declared = EntriesInDirectory(file) ?? throw Corrupt(displayName, null);
            if (declared > limits.MaxEntries)
                throw Refuse(displayName, $"the zip holds {ZipBombGuard.Count(declared)} entries, more than the {ZipBombGuard.Count(limits.MaxEntries)} allowed");
            file.Position = 0;
            ZipArchive zip;
            IReadOnlyCollection<ZipArchiveEntry> all;
            try
            {
                zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
                all = zip.Entries;
            }
            catch (InvalidDataException e)
            {
                throw Corrupt(displayName, e);
            }
            ZipBombGuard.Check(all, displayName,
                new(limits.MaxEntries, limits.MaxEntryBytes, limits.MaxTotalBytes, limits.MaxCompressionRatio, limits.RatioCheckedAboveBytes));

            var holdings = all.Where(e => string.Equals(e.Name, HoldingsTable, StringComparison.OrdinalIgnoreCase)).ToList();
            if (holdings.Count == 0) throw new DataException(displayName, null, $"not an N-PORT data set: the zip has no {HoldingsTable}");
            if (holdings.Count > 1) throw new DataException(displayName, null, $"the zip holds {holdings.Count} copies of {HoldingsTable}; give one data set at a time");
            var folder = holdings[0].FullName[..^holdings[0].Name.Length];

            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in all)
            {
                if (entry.FullName.Length == folder.Length + entry.Name.Length && entry.FullName.StartsWith(folder, StringComparison.Ordinal) && entry.Name.Length > 0)
                    entries.TryAdd(entry.Name, entry);
            }
            return new DataSetSource(displayName, file, zip, entries);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>How errors name a table: the data set as the user gave it, then the table's file name.</summary>
    public string Name(string table) => $"{_displayName}/{table}";

    public bool Has(string table) => _folder is not null ? File.Exists(Path.Combine(_folder, table)) : _entries.ContainsKey(table);

    /// <summary>Opens a table for reading from its start; each call reads it anew.</summary>
    public TsvLines Open(string table)
    {
        if (_folder is not null)
        {
            var path = Path.Combine(_folder, table);
            if (!File.Exists(path)) throw new DataException(Name(table), null, "the data set has no such table");
            return new TsvLines(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Name(table));
        }
        if (!_entries.TryGetValue(table, out var entry)) throw new DataException(Name(table), null, "the data set has no such table");
        try
        {
            return new TsvLines(entry.Open(), Name(table));
        }
        catch (InvalidDataException e)
        {
            throw new DataException(Name(table), null, $"the zip entry cannot be read: {TsvLines.OneLine(e.Message)}");
        }
    }

    public void Dispose()
    {
        _zip?.Dispose();
        _file?.Dispose();
    }

    /// <summary>The entry count the zip's end-of-central-directory record gives, or null when the file is not a zip.</summary>
    private static long? EntriesInDirectory(FileStream stream)
    {
        const int EocdSize = 22;
        var length = stream.Length;
        if (length < EocdSize) return null;
        var tail = (int)Math.Min(length, EocdSize + ushort.MaxValue);
        var bytes = new byte[tail];
        stream.Position = length - tail;
        stream.ReadExactly(bytes);
        for (var i = tail - EocdSize; i >= 0; i--)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4B || bytes[i + 2] != 0x05 || bytes[i + 3] != 0x06) continue;
            var entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 10, 2));
            // 0xFFFF means the count is in a Zip64 record: left to the check on the entries read.
            return entries == ushort.MaxValue ? 0 : entries;
        }
        return null;
    }

    private static DataException Refuse(string displayName, string reason) => ZipBombGuard.Refuse(displayName, reason);

    private static DataException Corrupt(string displayName, Exception? e) =>
        new(displayName, null, "not a readable N-PORT data set: the zip archive is damaged or truncated" + (e is null ? "" : $" ({TsvLines.OneLine(e.Message)})"));
}
