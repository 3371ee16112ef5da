using System.Globalization;
using System.Text;
using Exposure.Pipeline.Output;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Output;

public sealed class SpillCsvReaderTests
{
    /// <summary>
    /// Records with and without quotes, empty fields, quoted commas, quotes and line breaks, records that straddle the
    /// reader's 64 K buffer and a last record without a line break: each comes back field by field as written.
    /// </summary>
    [Fact]
    public void Every_record_comes_back_field_by_field_whether_quoted_or_not_and_across_the_buffers_edge()
    {
        var records = new List<string[]>();
        for (var i = 0; i < 5_000; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            records.Add((i % 5) switch
            {
                0 => ["fund-" + n, "a.csv", n, "", "plain text " + new string('x', i % 40), .. Enumerable.Range(0, i % 23).Select(k => new string('y', (i + k) % 19))],
                1 => ["fund-" + n, "with, comma", n, "say \"hi\"", "line\nbreak"],
                2 => ["", "", "", "", ""],
                3 => ["新疆 " + n, "'quoted'", n, " edge ", "x"],
                _ => [n],
            });
        }
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "spill.csv");
        var text = new StringBuilder();
        foreach (var fields in records)
            text.Append(string.Join(',', fields.Select(f => f.IndexOfAny([',', '"', '\n']) >= 0 || f.StartsWith(' ') ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f))).Append('\n');
        text.Length--; // the last record without its line break
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        using var reader = new SpillCsvReader(File.OpenRead(path));
        var read = new List<string[]>();
        while (reader.Read()) read.Add([.. Enumerable.Range(0, reader.Count).Select(i => reader[i].ToString())]);
        Assert.Equal(records.Count, read.Count);
        for (var i = 0; i < records.Count; i++) Assert.Equal(records[i], read[i]);
        Assert.True(text.Length > 2 * (1 << 16));
    }
}
