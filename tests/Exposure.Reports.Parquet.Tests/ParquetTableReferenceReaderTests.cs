using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Exposure.TestSupport;
using ParquetSharp;

namespace Exposure.Reports.Parquet.Tests;

/// <summary>
/// Files of <see cref="ParquetTable{TRow}"/> read back by two independent readers: ParquetSharp (Apache Arrow's C++
/// reader, as pyarrow uses) and Parquet.Net. Every column type, unknown values, empty and hostile text, several row
/// groups, dictionary and PLAIN text chunks, statistics and metadata.
/// </summary>
public sealed class ParquetTableReferenceReaderTests : IDisposable
{
    private sealed record Row(string? Code, string? Unique, int? Count, double? Score, decimal? Money, DateOnly? Day);

    private static readonly string[] Codes =
    [
        "", "a", "A", "\"quoted\"", "comma, inside", "line\nbreak", "crlf\r\nend", "tab\there", "=HYPERLINK(\"x\")", "+1", "-1", "@x",
        "新疆", "Ünïcödé", "emoji 😀", "\u00e9", "e\u0301", "\uFFFD", "\uE000", "'single'", " leading space", "trailing space ", "\0nul",
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ParquetTable<Row> Table() => new ParquetTable<Row>()
        .Text("code", r => r.Code)
        .Text("unique", r => r.Unique)
        .Integer("count", r => r.Count)
        .Number("score", r => r.Score)
        .Decimal("money", r => r.Money)
        .Date("day", r => r.Day);

    /// <summary>
    /// Two full row groups and three rows. In the first and last group "code" has few distinct values (a dictionary
    /// chunk); in the second, one value of two million characters takes its dictionary past 1 MB (a PLAIN chunk).
    /// "unique" differs on every row (PLAIN chunks), with some values of 100,000 characters.
    /// </summary>
    private static List<Row> Rows()
    {
        var random = new Random(7);
        var rows = new List<Row>();
        for (var i = 0; i < (2 * ParquetTable<int>.RowGroupSize) + 3; i++)
        {
            var code = i % 11 == 0 ? null : i == 150_000 ? new string('x', 2_000_000) : Codes[random.Next(Codes.Length)];
            var unique = i % 13 == 0 ? null : i % 5_000 == 1 ? string.Concat(Enumerable.Repeat("long \"value\"\n 新疆 ", 10_000)) + i.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"u{i}-{Codes[random.Next(Codes.Length)]}");
            int? count = (i % 7) switch { 0 => null, 1 => int.MinValue + i, 2 => int.MaxValue - i, _ => random.Next(-1000, 1000) };
            double? score = (i % 9) switch
            {
                0 => null, 1 => double.NaN, 2 => -0.0, 3 => double.PositiveInfinity, 4 => double.NegativeInfinity,
                _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20)),
            };
            decimal? money = (i % 6) switch
            {
                0 => null, 1 => 0m,
                2 => i % 12 == 2 ? 99999999999999.999999999999m : -7922816251426433759354395.0335m,
                _ => Math.Round((decimal)(random.NextDouble() - 0.5) * (decimal)Math.Pow(10, random.Next(1, 14)), random.Next(0, 20)),
            };
            DateOnly? day = (i % 8) switch
            {
                0 => null, 1 => DateOnly.MinValue, 2 => DateOnly.MaxValue, 3 => new DateOnly(1969, 12, 31), 4 => new DateOnly(1970, 1, 1),
                _ => DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)),
            };
            rows.Add(new Row(code, unique, count, score, money, day));
        }
        return rows;
    }

    private static readonly Dictionary<string, string> Metadata = new(StringComparer.Ordinal)
    {
        ["exposure.table"] = "test",
        ["exposure.note"] = "named by public sources; \"quoted\", 新疆\nsecond line",
        ["empty"] = "",
    };

    private string Write(IEnumerable<Row> rows, string name)
    {
        var path = Path.Combine(_temp.Path, name);
        using var stream = File.Create(path);
        Table().Write(rows, stream, Metadata);
        return path;
    }

    private static decimal? Stored(decimal? money) => money is { } m ? Math.Round(m, 12) : null;

    [Fact]
    public void Arrows_reader_reads_back_every_value_the_schema_and_the_metadata()
    {
        var rows = Rows();
        var path = Write(rows, "all.parquet");

        using var file = new ParquetFileReader(path) { LogicalTypeFactory = new LogicalTypeFactory { DateAsDateOnly = true } };
        var meta = file.FileMetaData;
        Assert.Equal(rows.Count, meta.NumRows);
        Assert.Equal(3, meta.NumRowGroups);
        Assert.Equal("Exposure", meta.CreatedBy);
        Assert.Equal(Metadata, meta.KeyValueMetadata);

        var schema = meta.Schema;
        Assert.Equal(["code", "unique", "count", "score", "money", "day"], Enumerable.Range(0, schema.NumColumns).Select(c => schema.Column(c).Name));
        for (var c = 0; c < schema.NumColumns; c++)
        {
            var column = schema.Column(c);
            Assert.Equal(1, column.MaxDefinitionLevel);
            Assert.Equal(0, column.MaxRepetitionLevel);
        }
        var code = schema.Column(0);
        using (var logical = code.LogicalType)
        {
            Assert.Equal(PhysicalType.ByteArray, code.PhysicalType);
            Assert.IsType<StringLogicalType>(logical);
            Assert.Equal(ParquetSharp.Schema.ConvertedType.UTF8, ((ParquetSharp.Schema.PrimitiveNode)code.SchemaNode).ConvertedType);
        }
        var count = schema.Column(2);
        using (var logical = count.LogicalType)
        {
            Assert.Equal(PhysicalType.Int32, count.PhysicalType);
            var integer = Assert.IsType<IntLogicalType>(logical);
            Assert.Equal((32, true), (integer.BitWidth, integer.IsSigned));
            Assert.Equal(ParquetSharp.Schema.ConvertedType.Int32, ((ParquetSharp.Schema.PrimitiveNode)count.SchemaNode).ConvertedType);
        }
        Assert.Equal(PhysicalType.Double, schema.Column(3).PhysicalType);
        var money = schema.Column(4);
        using (var logical = money.LogicalType)
        {
            Assert.Equal(PhysicalType.FixedLenByteArray, money.PhysicalType);
            Assert.Equal(16, money.TypeLength);
            var dec = Assert.IsType<DecimalLogicalType>(logical);
            Assert.Equal((38, 12), (dec.Precision, dec.Scale));
            Assert.Equal(ParquetSharp.Schema.ConvertedType.Decimal, ((ParquetSharp.Schema.PrimitiveNode)money.SchemaNode).ConvertedType);
        }
        var day = schema.Column(5);
        using (var logical = day.LogicalType)
        {
            Assert.Equal(PhysicalType.Int32, day.PhysicalType);
            Assert.IsType<DateLogicalType>(logical);
            Assert.Equal(ParquetSharp.Schema.ConvertedType.Date, ((ParquetSharp.Schema.PrimitiveNode)day.SchemaNode).ConvertedType);
        }

        var codes = new List<string?>();
        var uniques = new List<string?>();
        var counts = new List<int?>();
        var scores = new List<double?>();
        var moneys = new List<BigInteger?>();
        var days = new List<DateOnly?>();
        for (var g = 0; g < meta.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            var n = checked((int)group.MetaData.NumRows);
            codes.AddRange(Read<string?>(group, 0, n));
            uniques.AddRange(Read<string?>(group, 1, n));
            counts.AddRange(Read<int?>(group, 2, n));
            scores.AddRange(Read<double?>(group, 3, n));
            // Read as the stored bytes: some values have more digits than System.Decimal, which Arrow's decimal conversion reads into.
            moneys.AddRange(ReadFixed(group, 4, 16).Select(b => b is null ? (BigInteger?)null : new BigInteger(b, isBigEndian: true)));
            days.AddRange(Read<DateOnly?>(group, 5, n));
        }
        Assert.Equal(rows.Select(r => r.Code), codes);
        Assert.Equal(rows.Select(r => r.Unique), uniques);
        Assert.Equal(rows.Select(r => r.Count), counts);
        Assert.Equal(rows.Select(r => Bits(r.Score)), scores.Select(Bits));
        Assert.Equal(rows.Select(r => r.Money is { } m ? Unscaled(m) : (BigInteger?)null), moneys);
        Assert.Equal(rows.Select(r => r.Day), days);
    }

    [Fact]
    public void Parquet_net_reads_back_every_value()
    {
        var rows = Rows();
        var t = ParquetNetReading.ReadBack(Write(rows, "all.parquet"));
        Assert.Equal(rows.Select(r => r.Code), t.Columns["code"].Cast<string?>());
        Assert.Equal(rows.Select(r => r.Unique), t.Columns["unique"].Cast<string?>());
        Assert.Equal(rows.Select(r => r.Count), t.Columns["count"].Cast<int?>());
        Assert.Equal(rows.Select(r => Bits(r.Score)), t.Columns["score"].Cast<double?>().Select(Bits));
        Assert.Equal(rows.Select(r => Stored(r.Money)), t.Columns["money"].Cast<decimal?>());
        Assert.Equal(rows.Select(r => r.Day), t.Columns["day"].Cast<DateOnly?>());
        Assert.Equal(Metadata, t.Metadata);
    }

    /// <summary>Each chunk's encodings and statistics, as Arrow's reader reports them, against the rows of its group.</summary>
    [Fact]
    public void Chunks_are_dictionary_encoded_or_plain_as_their_values_allow_and_their_statistics_are_right()
    {
        var rows = Rows();
        var path = Write(rows, "all.parquet");
        using var file = new ParquetFileReader(path);
        for (var g = 0; g < file.FileMetaData.NumRowGroups; g++)
        {
            var part = rows.Skip(g * ParquetTable<int>.RowGroupSize).Take(ParquetTable<int>.RowGroupSize).ToList();
            using var group = file.RowGroup(g);
            Assert.Equal(part.Count, group.MetaData.NumRows);

            using (var code = group.MetaData.GetColumnChunkMetaData(0))
            {
                Assert.Equal(Compression.Snappy, code.Compression);
                var dictionary = g != 1;
                Assert.Equal(dictionary, code.Encodings.Contains(ParquetSharp.Encoding.RleDictionary));
                using var statistics = code.Statistics!;
                Assert.Equal(part.Count(r => r.Code is null), statistics.NullCount);
                Assert.Equal(dictionary, statistics.HasMinMax);
                if (dictionary)
                {
                    var utf8 = part.Where(r => r.Code is not null).Select(r => System.Text.Encoding.UTF8.GetBytes(r.Code!)).ToList();
                    utf8.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
                    var typed = (Statistics<ByteArray>)statistics;
                    Assert.Equal(utf8[0], Bytes(typed.Min));
                    Assert.Equal(utf8[^1], Bytes(typed.Max));
                }
            }
            using (var unique = group.MetaData.GetColumnChunkMetaData(1))
            {
                // The last group's three values are few enough for a dictionary.
                var dictionary = g == 2;
                Assert.Equal(dictionary, unique.Encodings.Contains(ParquetSharp.Encoding.RleDictionary));
                using var statistics = unique.Statistics!;
                Assert.Equal(part.Count(r => r.Unique is null), statistics.NullCount);
                Assert.Equal(dictionary, statistics.HasMinMax);
            }
            using (var count = group.MetaData.GetColumnChunkMetaData(2))
            using (var statistics = (Statistics<int>)count.Statistics!)
            {
                var known = part.Where(r => r.Count is not null).Select(r => r.Count!.Value).ToList();
                Assert.Equal(part.Count - known.Count, statistics.NullCount);
                Assert.Equal((known.Min(), known.Max()), (statistics.Min, statistics.Max));
            }
            using (var score = group.MetaData.GetColumnChunkMetaData(3))
            using (var statistics = (Statistics<double>)score.Statistics!)
            {
                var known = part.Where(r => r.Score is not null && !double.IsNaN(r.Score.Value)).Select(r => r.Score!.Value).ToList();
                Assert.Equal(part.Count(r => r.Score is null), statistics.NullCount);
                Assert.Equal((known.Min(), known.Max()), (statistics.Min, statistics.Max));
            }
            using (var money = group.MetaData.GetColumnChunkMetaData(4))
            using (var statistics = (Statistics<FixedLenByteArray>)money.Statistics!)
            {
                var known = part.Where(r => r.Money is not null).Select(r => Unscaled(r.Money!.Value)).ToList();
                Assert.Equal(part.Count - known.Count, statistics.NullCount);
                Assert.True(statistics.HasMinMax);
                Assert.Equal(known.Min(), new BigInteger(Bytes(statistics.Min, 16), isBigEndian: true));
                Assert.Equal(known.Max(), new BigInteger(Bytes(statistics.Max, 16), isBigEndian: true));
            }
            using (var day = group.MetaData.GetColumnChunkMetaData(5))
            using (var statistics = (Statistics<int>)day.Statistics!)
            {
                var known = part.Where(r => r.Day is not null).Select(r => r.Day!.Value.DayNumber - new DateOnly(1970, 1, 1).DayNumber).ToList();
                Assert.Equal(part.Count - known.Count, statistics.NullCount);
                Assert.Equal((known.Min(), known.Max()), (statistics.Min, statistics.Max));
            }
        }
    }

    [Fact]
    public void A_table_of_no_rows_has_its_columns_and_no_row_groups()
    {
        var path = Write([], "empty.parquet");
        using (var file = new ParquetFileReader(path))
        {
            Assert.Equal(0, file.FileMetaData.NumRows);
            Assert.Equal(0, file.FileMetaData.NumRowGroups);
            Assert.Equal(6, file.FileMetaData.NumColumns);
            Assert.Equal(Metadata, file.FileMetaData.KeyValueMetadata);
        }
        var t = ParquetNetReading.ReadBack(path);
        Assert.Equal(["code", "unique", "count", "score", "money", "day"], t.Schema.GetDataFields().Select(f => f.Name));
        Assert.All(t.Columns.Values, c => Assert.Empty(c));
    }

    [Fact]
    public void A_group_whose_values_are_all_unknown_claims_no_minimum_or_maximum_in_any_column()
    {
        var path = Write([new Row(null, null, null, null, null, null), new Row(null, null, null, double.NaN, null, null)], "unknown.parquet");
        using var file = new ParquetFileReader(path);
        using var group = file.RowGroup(0);
        for (var c = 0; c < 6; c++)
        {
            using var chunk = group.MetaData.GetColumnChunkMetaData(c);
            using var statistics = chunk.Statistics!;
            Assert.Equal(c == 3 ? 1 : 2, statistics.NullCount);
            Assert.False(statistics.HasMinMax);
        }
        using var score = group.Column(3);
        Assert.Equal([null, double.NaN], score.LogicalReader<double?>().ReadAll(2));
    }

    /// <summary>
    /// Rows sharing one string with the row before (as a fund's name does) are stored once and read back for every
    /// row, between unknown and empty values; in a chunk that is all ASCII and in one that is not, dictionary or PLAIN.
    /// </summary>
    [Theory]
    [InlineData("fund", 10)]
    [InlineData("fund 新疆 \uD83D\uDE00", 10)]
    [InlineData("fund", 100_500)]
    [InlineData("fund \u00e9", 100_500)]
    public void Values_repeated_from_row_to_row_read_back_for_every_row(string shared, int distinct)
    {
        shared = System.Text.RegularExpressions.Regex.Unescape(shared);
        var others = Enumerable.Range(0, distinct).Select(i => shared + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var rows = new List<Row>();
        for (var i = 0; i < ParquetTable<int>.RowGroupSize + 500; i++)
        {
            var value = (i % 100) switch { < 20 => shared, < 23 => null, < 26 => "", 26 => new string(shared), _ => others[i % distinct] };
            rows.Add(new Row(value, value, null, null, null, null));
        }
        var path = Write(rows, "shared.parquet");
        using (var file = new ParquetFileReader(path))
        {
            var read = new List<string?>();
            for (var g = 0; g < file.FileMetaData.NumRowGroups; g++)
            {
                using var group = file.RowGroup(g);
                // Too many distinct values for a dictionary in the first group; the 500 rows of the second are few enough.
                using (var chunk = group.MetaData.GetColumnChunkMetaData(0))
                    Assert.Equal(distinct < 1000 || g == 1, chunk.Encodings.Contains(ParquetSharp.Encoding.RleDictionary));
                read.AddRange(Read<string?>(group, 0, checked((int)group.MetaData.NumRows)));
            }
            Assert.Equal(rows.Select(r => r.Code), read);
        }
        Assert.Equal(rows.Select(r => r.Unique), ParquetNetReading.ReadBack(path).Columns["unique"].Cast<string?>());
    }

    /// <summary>Money within System.Decimal's digits reads back through Arrow's own decimal conversion, as an analyst's code would read it.</summary>
    [Fact]
    public void Arrows_decimal_conversion_reads_money_back_exactly()
    {
        decimal?[] money = [1.5m, -0.01m, null, 0m, 69890000.00m, -123456789.123456789m, 1.0000000000005m, 99999999999999.999999999999m, 4e-13m];
        var path = Write(money.Select(m => new Row(null, null, null, null, m, null)), "money.parquet");
        using var file = new ParquetFileReader(path);
        using var group = file.RowGroup(0);
        Assert.Equal(money.Select(Stored), Read<decimal?>(group, 4, money.Length));
    }

    private static T[] Read<T>(RowGroupReader group, int column, int rows)
    {
        using var reader = group.Column(column);
        using var values = reader.LogicalReader<T>();
        return values.ReadAll(rows);
    }

    /// <summary>A FIXED_LEN_BYTE_ARRAY column's values as stored, through Arrow's physical reader: null where the definition level is 0.</summary>
    private static List<byte[]?> ReadFixed(RowGroupReader group, int column, int length)
    {
        using var reader = (ColumnReader<FixedLenByteArray>)group.Column(column);
        var read = new List<byte[]?>();
        var levels = new short[1024];
        var values = new FixedLenByteArray[1024];
        while (reader.HasNext)
        {
            var count = reader.ReadBatch(levels.Length, levels, default, values, out _);
            var v = 0;
            for (var i = 0; i < count; i++) read.Add(levels[i] == 0 ? null : Bytes(values[v++], length));
        }
        return read;
    }

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    private static BigInteger Unscaled(decimal value) =>
        BigInteger.Parse(Math.Round(value, 12).ToString("F12", CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static byte[] Bytes(ByteArray value) => Bytes(value.Pointer, value.Length);

    private static byte[] Bytes(FixedLenByteArray value, int length) => Bytes(value.Pointer, length);

    private static byte[] Bytes(IntPtr pointer, int length)
    {
        var bytes = new byte[length];
        if (length > 0) Marshal.Copy(pointer, bytes, 0, length);
        return bytes;
    }
}
