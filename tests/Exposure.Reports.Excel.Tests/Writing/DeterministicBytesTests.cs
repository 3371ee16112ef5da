using System.Buffers.Binary;
using System.IO.Compression;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Tests.Writing;

/// <summary>A workbook's bytes depend on its content only: not on the clock, the time zone, the system or the output stream.</summary>
public sealed class DeterministicBytesTests
{
    private static readonly DateTime Epoch = new(1980, 1, 1, 0, 0, 0);

    [Fact]
    public void Every_entry_carries_the_earliest_zip_time_and_no_trace_of_the_system()
    {
        var workbook = Write();

        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        Assert.NotEmpty(zip.Entries);
        Assert.All(zip.Entries, e => Assert.Equal(Epoch, e.LastWriteTime.DateTime));
        Assert.All(zip.Entries, e => Assert.Equal(0, e.ExternalAttributes));
        Assert.All(CentralDirectoryMadeBy(workbook), madeBy => Assert.Equal(20, madeBy));
    }

    [Fact]
    public void The_same_workbook_written_later_has_the_same_bytes()
    {
        var first = Write();
        // Zip times have a two-second step: wait for the next one, so that a clock reading in the file would show.
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        var second = Write();

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_culture_of_the_thread_does_not_change_the_bytes()
    {
        var invariant = Write();
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "ar-SA", "fa-IR" })
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);
                Assert.Equal(invariant, Write());
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_forward_only_output_gets_the_same_bytes_as_a_seekable_one()
    {
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
        using (var writer = new WorkbookWriter(forwardOnly))
        {
            AddSheets(writer);
            writer.Complete();
        }

        Assert.Equal(Write(), buffer.ToArray());
    }

    [Fact]
    public void A_stream_that_already_holds_data_gets_the_same_workbook_after_it()
    {
        using var buffer = new MemoryStream();
        buffer.Write("prefix"u8);
        using (var writer = new WorkbookWriter(buffer))
        {
            AddSheets(writer);
            writer.Complete();
        }

        Assert.Equal([.. "prefix"u8, .. Write()], buffer.ToArray());
    }

    [Fact]
    public void A_file_written_by_path_gets_the_same_bytes()
    {
        var path = Path.Combine(Path.GetTempPath(), "exposure-tests-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var writer = new WorkbookWriter(path))
            {
                AddSheets(writer);
                writer.Complete();
            }

            Assert.Equal(Write(), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_given_timestamp_is_the_time_of_every_entry()
    {
        var stamp = new DateTime(2026, 3, 4, 5, 6, 8);
        var workbook = Write(new WorkbookWriterOptions { Timestamp = stamp });

        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(stamp, e.LastWriteTime.DateTime));
    }

    private static byte[] Write(WorkbookWriterOptions? options = null) => Workbooks.Write(AddSheets, options);

    private static void AddSheets(WorkbookWriter writer)
    {
        writer.AddTableSheet(new TableSheet<int>("Data").Integer("N", 8, i => i).Decimal("D", 10, i => -i * 1.25m).Date("Day", 12, i => new DateOnly(2026, 1, i % 28 + 1)), Enumerable.Range(1, 50));
        writer.AddTableSheet(Workbooks.Numbers("More"), Enumerable.Range(1, 5));
    }

    /// <summary>The "version made by" of every central directory entry, read from the end of central directory record.</summary>
    private static List<int> CentralDirectoryMadeBy(byte[] zip)
    {
        var end = zip.AsSpan().LastIndexOf("PK\x05\x06"u8);
        Assert.True(end >= 0, "no end of central directory record");
        int entries = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var madeBy = new List<int>();
        for (var i = 0; i < entries; i++)
        {
            Assert.Equal(0x02014b50u, BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)));
            madeBy.Add(BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 4)));
            at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28)) + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 30))
                + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 32));
        }

        return madeBy;
    }
}
