using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using Exposure.Core;
using Exposure.Readers.Xlsx;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Xlsx;

/// <summary>Workbooks that must be refused, with one line naming the file and the reason, before any XML is parsed.</summary>
public sealed class HostileWorkbookTests : IDisposable
{
    private const string Sheet = "xl/worksheets/sheet1.xml";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Zip(string name, params (string Entry, long Bytes, byte Fill)[] entries)
    {
        var path = Path.Combine(_temp.Path, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var block = new byte[1 << 16];
        foreach (var (entry, bytes, fill) in entries)
        {
            using var stream = zip.CreateEntry(entry, CompressionLevel.Optimal).Open();
            Array.Fill(block, fill);
            for (var left = bytes; left > 0; left -= block.Length) stream.Write(block, 0, (int)Math.Min(block.Length, left));
        }
        return path;
    }

    private string Random(string name, params (string Entry, int Bytes)[] entries)
    {
        var path = Path.Combine(_temp.Path, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var random = new Random(7);
        foreach (var (entry, bytes) in entries)
        {
            var data = new byte[bytes];
            random.NextBytes(data);
            using var stream = zip.CreateEntry(entry, CompressionLevel.Fastest).Open();
            stream.Write(data);
        }
        return path;
    }

    private static string Refusal(string path, string displayName, XlsxLimits? limits = null) =>
        Assert.Throws<DataException>(() => XlsxHoldingsReader.Read(path, displayName, limits: limits)).Message;

    [Fact]
    public void A_huge_highly_compressible_entry_is_refused_from_its_declared_size_without_unpacking_it()
    {
        var path = Zip("bomb.xlsx", ("[Content_Types].xml", 100, (byte)' '), (Sheet, 150L * 1024 * 1024, (byte)'0'));
        Assert.True(new FileInfo(path).Length < 1024 * 1024, "the test bomb should be small on disk");

        var clock = Stopwatch.StartNew();
        var message = Refusal(path, "bomb.xlsx");

        Assert.Equal("bomb.xlsx: refused as a possible zip bomb: entry 'xl/worksheets/sheet1.xml' unpacks to 150 MB, more than the 100 MB allowed for one entry", message);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"refusing took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void An_entry_compressed_more_than_a_hundred_to_one_is_refused()
    {
        var path = Zip("ratio.xlsx", (Sheet, 2L * 1024 * 1024, (byte)'A'));

        var message = Refusal(path, "ratio.xlsx");

        Assert.Matches(
            @"^ratio\.xlsx: refused as a possible zip bomb: entry 'xl/worksheets/sheet1\.xml' is compressed \d{3,}:1 \([\d.]+ (KB|bytes) unpacking to 2 MB\), more than the 100:1 allowed$",
            message);
    }

    [Fact]
    public void Too_many_entries_and_too_much_in_all_are_refused()
    {
        var many = Random("many.xlsx", [.. Enumerable.Range(1, 5).Select(i => ($"xl/media/image{i}.bin", 10))]);
        Assert.Equal("many.xlsx: refused as a possible zip bomb: the zip holds 5 entries, more than the 3 allowed",
            Refusal(many, "many.xlsx", new XlsxLimits(MaxEntries: 3)));

        var large = Random("large.xlsx", ("xl/media/a.bin", 800_000), ("xl/media/b.bin", 800_000));
        Assert.Equal("large.xlsx: refused as a possible zip bomb: the entries unpack to more than the 1.4 MB allowed in all",
            Refusal(large, "large.xlsx", new XlsxLimits(MaxEntryBytes: 1_000_000, MaxTotalBytes: 1_500_000)));
    }

    [Fact]
    public void An_entry_that_understates_its_size_is_cut_there_and_fails_in_one_line()
    {
        var path = Path.Combine(_temp.Path, "lying.xlsx");
        TestWorkbook.Write(path, [("S", [(1, ["Name", "Ticker", "Weight"]), (2, ["Alpha", "AAA", new TestCell.Number("1")])])]);
        // Declare the worksheet 40 bytes long, in its local header and in the central directory.
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(2, DeclareSize(bytes, "xl/worksheets/sheet1.xml", 40));
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<DataException>(() => XlsxHoldingsReader.Read(path, "lying.xlsx").ToList());

        Assert.StartsWith("lying.xlsx: the worksheet cannot be read (", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    /// <summary>Rewrites the uncompressed size an entry declares; returns how many headers were changed.</summary>
    private static int DeclareSize(byte[] zip, string entry, uint size)
    {
        var name = System.Text.Encoding.ASCII.GetBytes(entry);
        var changed = 0;
        for (var at = 0; at + 46 < zip.Length; at++)
        {
            var span = zip.AsSpan(at);
            if (span.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) && span[30..].StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(22, 4), size);
                changed++;
            }
            else if (span.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x01, 0x02]) && span[46..].StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(24, 4), size);
                changed++;
            }
        }
        return changed;
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_not_a_workbook()
    {
        var path = _temp.File("holdings.xlsx", "Name,Ticker,Weight\nAlpha,AAA,1\n");
        Assert.Equal("holdings.xlsx: not an .xlsx workbook: the file is not a zip archive", Refusal(path, "holdings.xlsx"));
    }

    [Fact]
    public void An_old_xls_or_encrypted_workbook_says_so()
    {
        var path = Path.Combine(_temp.Path, "old.xlsx");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        Assert.Equal(
            "old.xlsx: not an .xlsx workbook: this is an Excel 97-2003 (.xls) or password-protected workbook; save it as .xlsx (without a password) or as CSV",
            Refusal(path, "old.xlsx"));
    }

    [Fact]
    public void A_truncated_workbook_is_damaged()
    {
        var whole = Path.Combine(_temp.Path, "whole.xlsx");
        TestWorkbook.Write(whole, [("S", [(1, ["Name", "Ticker", "Weight"])])]);
        var bytes = File.ReadAllBytes(whole);
        var cut = Path.Combine(_temp.Path, "cut.xlsx");
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);

        Assert.Equal("cut.xlsx: not a readable .xlsx workbook: the zip archive is damaged or truncated", Refusal(cut, "cut.xlsx"));
    }

    [Fact]
    public void A_zip_that_holds_no_workbook_is_not_readable()
    {
        var path = Random("photos.xlsx", ("photo.jpg", 100));
        var e = Assert.Throws<DataException>(() => XlsxHoldingsReader.Read(path, "photos.xlsx").ToList());
        Assert.Equal("photos.xlsx: not a holdings workbook: the file is a zip archive without an Excel workbook in it", e.Message);
    }

    [Theory]
    [InlineData("missing.xlsx", "missing.xlsx: file not found")]
    [InlineData("empty.xlsx", "empty.xlsx: the file is empty")]
    public void Missing_and_empty_files(string name, string message)
    {
        if (name == "empty.xlsx") _temp.File(name, "");
        Assert.Equal(message, Refusal(Path.Combine(_temp.Path, name), name));
    }
}
