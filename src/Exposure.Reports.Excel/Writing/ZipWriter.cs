using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Writes a zip file entry by entry to a seekable stream, each entry deflated as it is written and its checksum and
/// sizes filled into its local header when it is closed. Nothing is taken from the machine: every entry carries one
/// given time, "made by MS-DOS, zip 2.0" and no file attributes, so the same content always gives the same bytes.
/// An entry holds less than 4 GiB; the file as a whole may be larger (zip64 end records).
/// </summary>
internal sealed class ZipWriter
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const int LocalHeaderLength = 30;
    private const int CentralHeaderLength = 46;
    private const ushort Version20 = 20;
    private const ushort Version45 = 45;
    private const ushort Deflated = 8;

    private readonly Stream output;
    private readonly long start;
    private readonly ushort time;
    private readonly ushort date;
    private readonly int level;
    private readonly List<Entry> entries = [];
    private bool entryOpen;

    /// <param name="level">The deflate level, 1 (fastest) to 9 (smallest).</param>
    public ZipWriter(Stream output, DateTime timestamp, int level)
    {
        this.output = output;
        this.level = level;
        start = output.Position;
        (time, date) = DosTime(timestamp);
    }

    /// <summary>The earliest time a zip entry can hold.</summary>
    public static DateTime Epoch { get; } = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>MS-DOS time and date fields, two-second resolution, clamped to the years a zip can hold.</summary>
    public static (ushort Time, ushort Date) DosTime(DateTime value)
    {
        if (value.Year < 1980) value = Epoch;
        if (value.Year > 2107) value = new DateTime(2107, 12, 31, 23, 59, 58);
        var time = (ushort)((value.Hour << 11) | (value.Minute << 5) | (value.Second / 2));
        var date = (ushort)(((value.Year - 1980) << 9) | (value.Month << 5) | value.Day);
        return (time, date);
    }

    /// <summary>Starts an entry; write its content to the stream returned and dispose it before the next entry.</summary>
    public Stream OpenEntry(string name)
    {
        if (entryOpen)
        {
            throw new InvalidOperationException("The previous zip entry is still open.");
        }

        var nameBytes = Encoding.UTF8.GetBytes(name);
        var offset = output.Position - start;
        Span<byte> header = stackalloc byte[LocalHeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Flags(nameBytes, name));
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], date);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)nameBytes.Length);
        output.Write(header);
        output.Write(nameBytes);
        entryOpen = true;
        return new EntryStream(this, nameBytes, name, offset);
    }

    /// <summary>Writes the central directory and the end records. The output is left open.</summary>
    public void Finish()
    {
        if (entryOpen)
        {
            throw new InvalidOperationException("A zip entry is still open.");
        }

        var directoryOffset = output.Position - start;
        foreach (var entry in entries)
        {
            WriteCentralHeader(entry);
        }

        var directoryLength = output.Position - start - directoryOffset;
        var zip64 = directoryOffset >= uint.MaxValue || entries.Count >= ushort.MaxValue;
        if (zip64)
        {
            var zip64EndOffset = output.Position - start;
            Span<byte> record = stackalloc byte[56 + 20];
            BinaryPrimitives.WriteUInt32LittleEndian(record, Zip64EndSignature);
            BinaryPrimitives.WriteUInt64LittleEndian(record[4..], 44);
            BinaryPrimitives.WriteUInt16LittleEndian(record[12..], Version45);
            BinaryPrimitives.WriteUInt16LittleEndian(record[14..], Version45);
            BinaryPrimitives.WriteUInt64LittleEndian(record[24..], (ulong)entries.Count);
            BinaryPrimitives.WriteUInt64LittleEndian(record[32..], (ulong)entries.Count);
            BinaryPrimitives.WriteUInt64LittleEndian(record[40..], (ulong)directoryLength);
            BinaryPrimitives.WriteUInt64LittleEndian(record[48..], (ulong)directoryOffset);
            var locator = record[56..];
            BinaryPrimitives.WriteUInt32LittleEndian(locator, Zip64LocatorSignature);
            BinaryPrimitives.WriteUInt64LittleEndian(locator[8..], (ulong)zip64EndOffset);
            BinaryPrimitives.WriteUInt32LittleEndian(locator[16..], 1);
            output.Write(record);
        }

        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        var count = (ushort)Math.Min(entries.Count, ushort.MaxValue);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], zip64 ? uint.MaxValue : (uint)directoryLength);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], zip64 ? uint.MaxValue : (uint)directoryOffset);
        output.Write(end);
        output.Flush();
    }

    private static ushort Flags(byte[] nameBytes, string name) => nameBytes.Length == name.Length ? (ushort)0 : (ushort)0x0800;

    private void WriteCentralHeader(Entry entry)
    {
        var zip64 = entry.Offset >= uint.MaxValue;
        Span<byte> header = stackalloc byte[CentralHeaderLength + 12];
        BinaryPrimitives.WriteUInt32LittleEndian(header, CentralHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], zip64 ? Version45 : Version20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], entry.Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(header[14..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], entry.CompressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], entry.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)entry.Name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], (ushort)(zip64 ? 12 : 0));
        BinaryPrimitives.WriteUInt32LittleEndian(header[42..], zip64 ? uint.MaxValue : (uint)entry.Offset);
        output.Write(header[..CentralHeaderLength]);
        output.Write(entry.Name);
        if (zip64)
        {
            var extra = header[CentralHeaderLength..];
            BinaryPrimitives.WriteUInt16LittleEndian(extra, 1);
            BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], 8);
            BinaryPrimitives.WriteUInt64LittleEndian(extra[4..], (ulong)entry.Offset);
            output.Write(extra);
        }
    }

    private void Close(EntryStream entry, uint crc, long size, long compressedSize)
    {
        entryOpen = false;
        if (size >= uint.MaxValue || compressedSize >= uint.MaxValue)
        {
            throw new IOException($"The workbook part {entry.EntryName} is 4 GiB or more, more than a workbook part can hold.");
        }

        var end = output.Position;
        Span<byte> fields = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(fields, crc);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[4..], (uint)compressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[8..], (uint)size);
        output.Position = start + entry.Offset + 14;
        output.Write(fields);
        output.Position = end;
        entries.Add(new Entry(entry.NameBytes, Flags(entry.NameBytes, entry.EntryName), entry.Offset, crc, (uint)compressedSize, (uint)size));
    }

    private sealed record Entry(byte[] Name, ushort Flags, long Offset, uint Crc, uint CompressedSize, uint Size);

    /// <summary>
    /// An entry's content: handed in blocks to a second thread, which checksums and deflates it straight to the zip
    /// file while the writer goes on, so that a large worksheet is formatted and compressed at the same time. The
    /// deflated bytes are the same as on one thread.
    /// </summary>
    private sealed class EntryStream : Stream
    {
        private const int BlockSize = 1 << 16;

        private readonly ZipWriter zip;
        private readonly Crc32 crc = new();
        private readonly DeflateStream deflate;
        private readonly BlockingCollection<(byte[] Block, int Length)> blocks = new(boundedCapacity: 8);
        private readonly Task compressing;
        private readonly long dataStart;
        private long size;
        private bool closed;

        public EntryStream(ZipWriter zip, byte[] nameBytes, string name, long offset)
        {
            this.zip = zip;
            NameBytes = nameBytes;
            EntryName = name;
            Offset = offset;
            dataStart = zip.output.Position;
            deflate = new DeflateStream(zip.output, new ZLibCompressionOptions { CompressionLevel = zip.level }, leaveOpen: true);
            compressing = Task.Factory.StartNew(Compress, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        public byte[] NameBytes { get; }

        public string EntryName { get; }

        public long Offset { get; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => !closed;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => size;
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            while (!buffer.IsEmpty)
            {
                var length = Math.Min(buffer.Length, BlockSize);
                var block = ArrayPool<byte>.Shared.Rent(BlockSize);
                buffer[..length].CopyTo(block);
                try
                {
                    blocks.Add((block, length));
                }
                catch (InvalidOperationException)
                {
                    // The compressing thread stopped on an error: it is thrown here.
                    ArrayPool<byte>.Shared.Return(block);
                    compressing.GetAwaiter().GetResult();
                    throw;
                }

                size += length;
                buffer = buffer[length..];
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void WriteByte(byte value) => Write([value]);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !closed)
            {
                closed = true;
                blocks.CompleteAdding();
                try
                {
                    compressing.GetAwaiter().GetResult();
                    deflate.Dispose();
                }
                finally
                {
                    blocks.Dispose();
                }

                zip.Close(this, crc.GetCurrentHashAsUInt32(), size, zip.output.Position - dataStart);
            }

            base.Dispose(disposing);
        }

        private void Compress()
        {
            try
            {
                foreach (var (block, length) in blocks.GetConsumingEnumerable())
                {
                    crc.Append(block.AsSpan(0, length));
                    deflate.Write(block, 0, length);
                    ArrayPool<byte>.Shared.Return(block);
                }
            }
            catch
            {
                blocks.CompleteAdding();
                while (blocks.TryTake(out var left))
                {
                    ArrayPool<byte>.Shared.Return(left.Block);
                }

                throw;
            }
        }
    }
}
