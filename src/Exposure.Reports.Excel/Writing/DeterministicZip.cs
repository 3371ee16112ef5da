using System.Buffers.Binary;
using System.Globalization;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Removes what a zip file takes from the machine that wrote it: every entry's modification time (the clock and the
/// time zone), and the operating system and file permissions in the central directory. Entries get one given time,
/// "made by MS-DOS, zip 2.0" and no external attributes, so the same content always gives the same bytes.
/// Only header fields outside the compressed data and its checksum are rewritten.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip entry can hold: the stamp of a workbook whose run was not stamped.</summary>
    public static readonly DateTime Epoch = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const int EndLength = 22;
    private const int CentralHeaderLength = 46;
    private const ushort MadeByDosZip20 = 20;

    /// <summary>Rewrites the headers of the zip file that fills <paramref name="zip"/> (readable, writable, seekable) in place.</summary>
    public static void Normalize(Stream zip, DateTime timestamp)
    {
        var (time, date) = DosTime(timestamp);
        var (directoryOffset, directoryLength, entries) = FindDirectory(zip);
        if (directoryLength > int.MaxValue) throw new InvalidDataException("zip central directory too large");
        var directory = new byte[directoryLength];
        zip.Position = directoryOffset;
        zip.ReadExactly(directory);

        var at = 0;
        Span<byte> local = stackalloc byte[4];
        Span<byte> stamp = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(stamp, time);
        BinaryPrimitives.WriteUInt16LittleEndian(stamp[2..], date);
        for (long e = 0; e < entries; e++)
        {
            var header = directory.AsSpan(at);
            if (header.Length < CentralHeaderLength || BinaryPrimitives.ReadUInt32LittleEndian(header) != CentralHeaderSignature)
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"zip central directory entry {e} not found"));
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], MadeByDosZip20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[12..], time);
            BinaryPrimitives.WriteUInt16LittleEndian(header[14..], date);
            BinaryPrimitives.WriteUInt32LittleEndian(header[38..], 0);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            var localOffset = LocalHeaderOffset(header, header.Slice(CentralHeaderLength + nameLength, extraLength));

            zip.Position = localOffset;
            zip.ReadExactly(local);
            if (BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalHeaderSignature)
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"zip local header of entry {e} not found at {localOffset}"));
            zip.Position = localOffset + 10;
            zip.Write(stamp);

            at += CentralHeaderLength + nameLength + extraLength + commentLength;
        }

        zip.Position = directoryOffset;
        zip.Write(directory);
        zip.Flush();
    }

    /// <summary>MS-DOS time and date fields, two-second resolution, clamped to the years a zip can hold.</summary>
    public static (ushort Time, ushort Date) DosTime(DateTime value)
    {
        if (value.Year < 1980) value = Epoch;
        if (value.Year > 2107) value = new DateTime(2107, 12, 31, 23, 59, 58);
        var time = (ushort)((value.Hour << 11) | (value.Minute << 5) | (value.Second / 2));
        var date = (ushort)(((value.Year - 1980) << 9) | (value.Month << 5) | value.Day);
        return (time, date);
    }

    private static long LocalHeaderOffset(ReadOnlySpan<byte> header, ReadOnlySpan<byte> extra)
    {
        var offset = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
        if (offset != uint.MaxValue) return offset;

        // Zip64 extended information: the 8-byte values present are those whose 4-byte field holds 0xFFFFFFFF, in order.
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var size = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            var data = extra.Slice(4, Math.Min(size, extra.Length - 4));
            if (id == 1)
            {
                var skip = 0;
                if (BinaryPrimitives.ReadUInt32LittleEndian(header[24..]) == uint.MaxValue) skip += 8;
                if (BinaryPrimitives.ReadUInt32LittleEndian(header[20..]) == uint.MaxValue) skip += 8;
                if (data.Length >= skip + 8) return (long)BinaryPrimitives.ReadUInt64LittleEndian(data[skip..]);
                break;
            }

            extra = extra[Math.Min(extra.Length, 4 + size)..];
        }

        throw new InvalidDataException("zip64 local header offset missing");
    }

    private static (long Offset, long Length, long Entries) FindDirectory(Stream zip)
    {
        var tailLength = (int)Math.Min(zip.Length, EndLength + ushort.MaxValue);
        var tail = new byte[tailLength];
        zip.Position = zip.Length - tailLength;
        zip.ReadExactly(tail);
        var end = -1;
        for (var i = tailLength - EndLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndSignature)
            {
                end = i;
                break;
            }
        }

        if (end < 0) throw new InvalidDataException("zip end of central directory not found");
        var record = tail.AsSpan(end);
        long entries = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        long length = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
        if (entries != ushort.MaxValue && length != uint.MaxValue && offset != uint.MaxValue) return (offset, length, entries);

        // Zip64: the locator just before the end record points at the zip64 end record.
        var locatorAt = zip.Length - tailLength + end - 20;
        if (locatorAt < 0) throw new InvalidDataException("zip64 end of central directory locator not found");
        var locator = new byte[20];
        zip.Position = locatorAt;
        zip.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
            throw new InvalidDataException("zip64 end of central directory locator not found");
        var zip64End = new byte[56];
        zip.Position = (long)BinaryPrimitives.ReadUInt64LittleEndian(locator.AsSpan(8));
        zip.ReadExactly(zip64End);
        if (BinaryPrimitives.ReadUInt32LittleEndian(zip64End) != Zip64EndSignature)
            throw new InvalidDataException("zip64 end of central directory not found");
        return ((long)BinaryPrimitives.ReadUInt64LittleEndian(zip64End.AsSpan(48)),
            (long)BinaryPrimitives.ReadUInt64LittleEndian(zip64End.AsSpan(40)),
            (long)BinaryPrimitives.ReadUInt64LittleEndian(zip64End.AsSpan(32)));
    }
}
