using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Tests.Writing;

public sealed class ZipWriterTests
{
    [Fact]
    public void Entries_read_back_and_every_local_header_agrees_with_the_directory()
    {
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 200_000).Select(i => $"<c r=\"A{i}\"><v>{i % 977}</v></c>")));
        var zip = Write(writer =>
        {
            Add(writer, "xl/empty.xml", []);
            Add(writer, "xl/worksheets/sheet1.xml", large);
            Add(writer, "[Content_Types].xml", "<Types/>"u8.ToArray());
        });

        using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        {
            Assert.Equal(["xl/empty.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"], archive.Entries.Select(e => e.FullName));
            Assert.Empty(Read(archive.Entries[0]));
            Assert.Equal(large, Read(archive.Entries[1]));
            Assert.Equal("<Types/>"u8.ToArray(), Read(archive.Entries[2]));
        }

        var checkedEntries = 0;
        foreach (var (offset, crc, compressed, size) in CentralDirectory(zip))
        {
            var local = zip.AsSpan((int)offset);
            Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(local));
            Assert.Equal(crc, BinaryPrimitives.ReadUInt32LittleEndian(local[14..]));
            Assert.Equal(compressed, BinaryPrimitives.ReadUInt32LittleEndian(local[18..]));
            Assert.Equal(size, BinaryPrimitives.ReadUInt32LittleEndian(local[22..]));
            checkedEntries++;
        }

        Assert.Equal(3, checkedEntries);
    }

    [Fact]
    public void More_entries_than_a_plain_zip_directory_counts_get_zip64_end_records()
    {
        const int count = ushort.MaxValue + 10;
        var zip = Write(writer =>
        {
            for (var i = 0; i < count; i++)
            {
                Add(writer, $"e/{i}.txt", Encoding.ASCII.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        });

        Assert.True(zip.AsSpan().LastIndexOf("PK\x06\x06"u8) > 0, "no zip64 end of central directory record");
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal(count, archive.Entries.Count);
        Assert.Equal("65544", Encoding.ASCII.GetString(Read(archive.Entries[^1])));
    }

    [Fact]
    public void An_entry_must_be_closed_before_the_next()
    {
        using var output = new MemoryStream();
        var writer = new ZipWriter(output, ZipWriter.Epoch, 4);
        using var first = writer.OpenEntry("a.xml");

        Assert.Throws<InvalidOperationException>(() => writer.OpenEntry("b.xml"));
        Assert.Throws<InvalidOperationException>(writer.Finish);
    }

    private static byte[] Write(Action<ZipWriter> add)
    {
        using var output = new MemoryStream();
        var writer = new ZipWriter(output, ZipWriter.Epoch, ExcelPackageWriter.CompressionLevel);
        add(writer);
        writer.Finish();
        return output.ToArray();
    }

    private static void Add(ZipWriter writer, string name, byte[] content)
    {
        using var entry = writer.OpenEntry(name);
        for (var at = 0; at < content.Length; at += 10_000)
        {
            entry.Write(content, at, Math.Min(10_000, content.Length - at));
        }
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static IEnumerable<(long Offset, uint Crc, uint Compressed, uint Size)> CentralDirectory(byte[] zip)
    {
        var end = zip.AsSpan().LastIndexOf("PK\x05\x06"u8);
        int entries = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var result = new List<(long, uint, uint, uint)>();
        for (var i = 0; i < entries; i++)
        {
            var header = zip.AsSpan(at);
            result.Add((BinaryPrimitives.ReadUInt32LittleEndian(header[42..]), BinaryPrimitives.ReadUInt32LittleEndian(header[16..]),
                BinaryPrimitives.ReadUInt32LittleEndian(header[20..]), BinaryPrimitives.ReadUInt32LittleEndian(header[24..])));
            at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[30..])
                + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
        }

        return result;
    }
}
