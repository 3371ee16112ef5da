using System.Globalization;
using System.Runtime.CompilerServices;
using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>
/// A Parquet file laid out column by column from rows of <typeparamref name="TRow"/>, written in row groups of
/// <see cref="RowGroupSize"/> rows so that millions of rows stream through bounded memory. Every column is OPTIONAL:
/// a value the tool could not read is null (unknown), never 0. Text is UTF-8 (STRING); integers are INT32, signed 32-bit
/// INTEGER; numbers DOUBLE; money and weights DECIMAL(38, 12) in sixteen bytes; dates DATE. Pages are
/// Snappy-compressed. The file holds nothing that changes from run to run unless the report does (no timestamp of its
/// own).
/// </summary>
/// <remarks>
/// Each row's values are copied into the columns' buffers as the row is read (text as its characters into one block
/// per column), so a row is garbage as soon as it has been read. The next group's rows are gathered on another thread
/// while one is encoded; two sets of buffers are used in turn and reused from group to group. The loops that run once
/// per value are compiled optimised from their first call (they run millions of times in one pass, which would
/// otherwise begin in the JIT's quick tier).
/// </remarks>
internal sealed class ParquetTable<TRow>
{
    public const int RowGroupSize = 100_000;

    /// <summary>What the footer says wrote the file: fixed, so that the same rows give the same bytes.</summary>
    public const string CreatedBy = "Exposure";

    private const int Precision = 38;
    private const int Scale = 12;
    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>10^(12 - s) for a decimal of scale s, and the largest integer part of that scale whose unscaled value is below 10^38.</summary>
    private static readonly UInt128[] Factors = [.. Enumerable.Range(0, Scale + 1).Select(s => Power(Scale - s))];
    private static readonly UInt128[] Largest = [.. Factors.Select(f => (Power(Precision) - 1) / f)];

    private readonly List<(SchemaElement Schema, Func<ColumnBuffer<TRow>> Buffer)> _columns = [];

    public ParquetTable<TRow> Text(string name, Func<TRow, string?> get) =>
        Text(name, (TRow row, out ReadOnlySpan<char> value) =>
        {
            var text = get(row);
            value = text;
            return text is not null;
        });

    /// <summary>A text column whose rows give their text as characters that need hold only until the row is gathered.</summary>
    public ParquetTable<TRow> Text(string name, TextOf<TRow> get) =>
        Add(new SchemaElement(name, ParquetType.ByteArray, Converted: ConvertedType.Utf8, Logical: LogicalType.String), () => new TextColumnBuffer<TRow>(get));

    public ParquetTable<TRow> Integer(string name, Func<TRow, int?> get) =>
        Add(new SchemaElement(name, ParquetType.Int32, Converted: ConvertedType.Int32, Logical: LogicalType.Int32), () => new FixedColumnBuffer<TRow, int, Int32Plain>(get));

    public ParquetTable<TRow> Number(string name, Func<TRow, double?> get) =>
        Add(new SchemaElement(name, ParquetType.Double), () => new FixedColumnBuffer<TRow, double, DoublePlain>(get));

    /// <remarks>Stored as the unscaled integer (<see cref="Unscaled"/>), computed from the decimal's own bits when the chunk is written.</remarks>
    public ParquetTable<TRow> Decimal(string name, Func<TRow, decimal?> get) =>
        Add(new SchemaElement(name, ParquetType.FixedLenByteArray, TypeLength: 16, Converted: ConvertedType.Decimal, Scale: Scale, Precision: Precision,
                Logical: LogicalType.Decimal(Scale, Precision)),
            () => new FixedColumnBuffer<TRow, decimal, DecimalPlain>(get));

    public ParquetTable<TRow> Date(string name, Func<TRow, DateOnly?> get) =>
        Add(new SchemaElement(name, ParquetType.Int32, Converted: ConvertedType.Date, Logical: LogicalType.Date),
            () => new FixedColumnBuffer<TRow, int, Int32Plain>(r => get(r) is { } d ? d.DayNumber - Epoch : null));

    /// <summary>
    /// <paramref name="value"/> rounded to <see cref="Scale"/> places (to even, as <see cref="Math.Round(decimal, int)"/>),
    /// as the DECIMAL(38, 12) column stores it: the integer value × 10^12. The decimal's 96-bit integer part times a
    /// power of ten is computed in 128 bits. A value with more than 26 digits before the point does not fit the column
    /// and is refused.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Int128 Unscaled(decimal value)
    {
        if (value.Scale > Scale) value = Math.Round(value, Scale);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var integer = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = value.Scale;
        if (integer > Largest[scale])
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"{value} has more digits before the point than a DECIMAL({Precision}, {Scale}) column holds"));
        var unscaled = (Int128)(integer * Factors[scale]);
        return bits[3] < 0 ? -unscaled : unscaled;
    }

    private static UInt128 Power(int exponent)
    {
        var power = UInt128.One;
        for (var i = 0; i < exponent; i++) power *= 10;
        return power;
    }

    /// <summary>
    /// Writes the rows, with <paramref name="metadata"/> as the file's key-value metadata, in the order given. The
    /// next row group's rows are gathered on another thread while one is encoded and written to <paramref name="output"/>.
    /// </summary>
    public void Write(IEnumerable<TRow> rows, Stream output, IReadOnlyDictionary<string, string> metadata)
    {
        var file = new ParquetFileWriter(output);
        using (var source = rows.GetEnumerator())
        {
            // Group k is gathered into buffers[k % 2]: the next group's buffers are never the ones being written.
            var buffers = new ColumnBuffer<TRow>[2][];
            var k = 0;
            var scratch = new PageScratch();
            Task<int>? next = Gather(source, buffers, k);
            try
            {
                while (next is not null)
                {
                    var count = next.GetAwaiter().GetResult();
                    var current = buffers[k % 2];
                    k++;
                    next = count == RowGroupSize ? Gather(source, buffers, k) : null;
                    if (count > 0) WriteGroup(file, current, count, scratch);
                }
            }
            finally
            {
                // The enumerator is disposed only once no thread is moving it on.
                if (next is not null) ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            }
        }
        file.Finish([SchemaElement.Root("schema", _columns.Count), .. _columns.Select(c => c.Schema)],
            [.. metadata.Select(kv => new KeyValue(kv.Key, kv.Value))], CreatedBy);
    }

    /// <summary>Starts gathering group <paramref name="k"/> into its set of buffers, made the first time it is used.</summary>
    private Task<int> Gather(IEnumerator<TRow> source, ColumnBuffer<TRow>[][] buffers, int k)
    {
        var into = buffers[k % 2] ??= [.. _columns.Select(c => c.Buffer())];
        return Task.Run(() => Gather(source, into));
    }

    /// <summary>The next row group's rows (<see cref="RowGroupSize"/> of them, fewer at the end), copied into the buffers; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Gather(IEnumerator<TRow> source, ColumnBuffer<TRow>[] into)
    {
        foreach (var column in into) column.Clear();
        var count = 0;
        while (count < RowGroupSize && source.MoveNext())
        {
            var row = source.Current;
            foreach (var column in into) column.Add(row);
            count++;
        }
        return count;
    }

    private void WriteGroup(ParquetFileWriter file, ColumnBuffer<TRow>[] columns, int count, PageScratch scratch)
    {
        file.BeginRowGroup();
        for (var i = 0; i < columns.Length; i++)
        {
            file.BeginChunk();
            columns[i].Write(file, _columns[i].Schema, count, scratch);
        }
        file.EndRowGroup(count);
    }

    private ParquetTable<TRow> Add(SchemaElement schema, Func<ColumnBuffer<TRow>> buffer)
    {
        _columns.Add((schema, buffer));
        return this;
    }
}
