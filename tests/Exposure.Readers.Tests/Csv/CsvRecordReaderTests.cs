using Exposure.Readers.Csv;

namespace Exposure.Readers.Tests.Csv;

public sealed class CsvRecordReaderTests
{
    private static List<(string[] Fields, int Lines, string Raw, string? Bad)> Records(string text, int bufferChars = 0)
    {
        using var reader = new CsvRecordReader(new StringReader(text), "t.csv");
        var records = new List<(string[], int, string, string?)>();
        var line = 1;
        while (reader.Read(line))
        {
            records.Add((reader.ToStrings(), reader.Lines, reader.RawRecord.ToString(), reader.BadField));
            line += reader.Lines;
        }
        return records;
    }

    [Fact]
    public void Fields_quotes_and_line_breaks_inside_quotes_are_read_with_the_lines_they_span()
    {
        var records = Records("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n\nlast");
        Assert.Equal(["a", "b,1", "say \"hi\""], records[0].Fields);
        Assert.Equal("a,\"b,1\",\"say \"\"hi\"\"\"\r\n", records[0].Raw);
        Assert.Equal(["two\nlines", "", "x"], records[1].Fields);
        Assert.Equal(2, records[1].Lines);
        Assert.Equal([""], records[2].Fields);
        Assert.Equal(["last"], records[3].Fields);
        Assert.Equal((1, "last"), (records[3].Lines, records[3].Raw));
        Assert.All(records, r => Assert.Null(r.Bad));
        Assert.Equal(4, records.Count);
    }

    [Fact]
    public void Broken_quoting_is_read_as_csvhelper_reads_it_and_the_first_bad_field_noted_as_written()
    {
        const string text = "ok,x\"y,\"a\"b\"\n\"closed\"tail,z\n\"fine\",\"\"\"\"\n";
        var records = Records(text);

        string? bad = null;
        var config = new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            DetectDelimiter = false,
            BadDataFound = args => bad ??= args.Field,
        };
        using var parser = new CsvHelper.CsvParser(new StringReader(text), config);
        var expected = new List<string>();
        while (parser.Read())
        {
            expected.Add(string.Join("|", parser.Record!) + " / " + bad);
            bad = null;
        }

        Assert.Equal(expected, records.Select(r => string.Join("|", r.Fields) + " / " + r.Bad));
        Assert.Equal(["x\"y", "\"closed\"tail", null], records.Select(r => r.Bad));
    }

    [Fact]
    public void A_record_longer_than_the_buffer_is_read_whole_and_disposing_twice_is_harmless()
    {
        var longField = new string('n', 200_000);
        var text = "a,b\n" + longField + ",\"" + longField + "\"\nc,d";
        var reader = new CsvRecordReader(new StringReader(text), "t.csv");
        Assert.True(reader.Read(1));
        Assert.True(reader.Read(2));
        Assert.Equal(longField.Length, reader[0].Length);
        Assert.True(reader[1].SequenceEqual(longField));
        Assert.True(reader.Read(3));
        Assert.Equal("c", reader[0].ToString());
        Assert.False(reader.Read(4));
        reader.Dispose();
        reader.Dispose();
    }

    [Theory]
    [InlineData(10, 5)]
    [InlineData(4_000, 3_000)]
    [InlineData(4_000, 4_000)]
    public void Records_read_after_a_mark_are_read_again_after_rewinding(int count, int ahead)
    {
        // Some thousand records of some 40 characters: the look-ahead outgrows the first buffer and the text is refilled under it.
        var text = "Name,Value\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"\"name {i}, with a comma\",\"{i},5\"\r\n"));
        var expected = Records(text);
        using var reader = new CsvRecordReader(new StringReader(text), "t.csv");
        Assert.True(reader.Read(1));
        reader.Mark();
        var seen = 0;
        for (; seen < ahead && reader.Read(seen + 2); seen++)
            Assert.Equal(expected[seen + 1].Fields, reader.ToStrings());
        Assert.Equal(Math.Min(ahead, count), seen);
        Assert.Equal(expected.Skip(1).Take(seen).Sum(r => r.Raw.Length), reader.SinceMark);
        reader.Rewind();
        var again = new List<string[]>();
        for (var line = 2; reader.Read(line); line++) again.Add(reader.ToStrings());
        Assert.Equal(expected.Skip(1).Select(r => r.Fields), again);
    }
}
