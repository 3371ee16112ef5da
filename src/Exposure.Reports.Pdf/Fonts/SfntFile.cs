using System.Buffers.Binary;
using System.Text;

namespace Exposure.Reports.Pdf.Fonts;

/// <summary>Reads the few tables of a TrueType-outlined sfnt file that font selection needs.</summary>
internal sealed class SfntFile
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint AppleTrueTypeVersion = 0x74727565;

    private readonly string _path;
    private readonly Dictionary<string, (long Offset, int Length)> _tables;

    private SfntFile(string path, Dictionary<string, (long Offset, int Length)> tables)
    {
        _path = path;
        _tables = tables;
    }

    /// <summary>Opens a single-font file with TrueType ('glyf') outlines; collections and CFF-outlined fonts give null.</summary>
    public static SfntFile? TryOpen(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> header = stackalloc byte[12];
            if (stream.Length < 12 || stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12)
            {
                return null;
            }

            var version = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (version is not (TrueTypeVersion or AppleTrueTypeVersion))
            {
                return null;
            }

            int count = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
            var directory = new byte[count * 16];
            if (stream.ReadAtLeast(directory, directory.Length, throwOnEndOfStream: false) < directory.Length)
            {
                return null;
            }

            var tables = new Dictionary<string, (long, int)>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var record = directory.AsSpan(i * 16, 16);
                var tag = Encoding.ASCII.GetString(record[..4]);
                long offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(record[12..]), int.MaxValue);
                if (offset + length <= stream.Length)
                {
                    tables[tag] = (offset, length);
                }
            }

            var required = new[] { "glyf", "loca", "cmap", "name", "head" };
            return required.All(tables.ContainsKey) ? new SfntFile(path, tables) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public byte[]? ReadTable(string tag)
    {
        if (!_tables.TryGetValue(tag, out var entry))
        {
            return null;
        }

        using var stream = File.OpenRead(_path);
        stream.Seek(entry.Offset, SeekOrigin.Begin);
        var data = new byte[entry.Length];
        stream.ReadExactly(data);
        return data;
    }

    public (string Family, string Subfamily) ReadNames()
    {
        var table = ReadTable("name") ?? [];
        string? family = null;
        string? subfamily = null;
        var familyRank = int.MaxValue;
        var subfamilyRank = int.MaxValue;
        if (table.Length < 6)
        {
            return ("", "");
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        int storage = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        for (var i = 0; i < count && 6 + (i + 1) * 12 <= table.Length; i++)
        {
            var record = table.AsSpan(6 + i * 12, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = storage + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId is not (1 or 2) || offset + length > table.Length)
            {
                continue;
            }

            var rank = (platform, encoding, language) switch
            {
                (3, 1, 0x409) => 0,
                (3, 1, _) => 1,
                (0, _, _) => 2,
                (1, 0, 0) => 3,
                _ => int.MaxValue,
            };
            if (rank == int.MaxValue)
            {
                continue;
            }

            var bytes = table.AsSpan(offset, length);
            var text = platform == 1 ? Encoding.Latin1.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);
            if (nameId == 1 && rank < familyRank)
            {
                family = text;
                familyRank = rank;
            }
            else if (nameId == 2 && rank < subfamilyRank)
            {
                subfamily = text;
                subfamilyRank = rank;
            }
        }

        return ((family ?? "").Trim(), (subfamily ?? "").Trim());
    }

    /// <summary>Bold and italic flags from OS/2 fsSelection, falling back to head.macStyle.</summary>
    public (bool Bold, bool Italic) ReadStyle()
    {
        var os2 = ReadTable("OS/2");
        if (os2 is { Length: >= 64 })
        {
            var weight = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4));
            var selection = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(62));
            var bold = (selection & 0x20) != 0 || weight >= 600;
            var italic = (selection & 0x01) != 0 || (selection & 0x200) != 0;
            return (bold, italic);
        }

        var head = ReadTable("head");
        if (head is { Length: >= 46 })
        {
            var macStyle = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(44));
            return ((macStyle & 1) != 0, (macStyle & 2) != 0);
        }

        return (false, false);
    }

    /// <summary>The font's Unicode coverage; empty when the table is missing or malformed, so such a font is never chosen.</summary>
    public CharacterMap ReadCharacterMap()
    {
        try
        {
            var cmap = ReadTable("cmap");
            return cmap is null ? CharacterMap.Empty : CharacterMap.Parse(cmap);
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidDataException or OverflowException)
        {
            return CharacterMap.Empty;
        }
    }
}
