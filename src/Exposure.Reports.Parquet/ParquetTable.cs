using System.Numerics;
using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace Exposure.Reports.Parquet;

/// <summary>
/// A Parquet file laid out column by column from rows of <typeparamref name="TRow"/>, written in row groups of
/// <see cref="RowGroupSize"/> rows so that millions of rows stream through bounded memory. Every column is nullable:
/// a value the tool could not read is null (unknown), never 0. Money and weights are DECIMAL(38, 12); dates are DATE.
/// The file holds nothing that changes from run to run unless the report does (no timestamp of its own).
/// </summary>
/// <remarks>
/// Each row's values are copied into the columns' buffers as the row is read (a text value's characters into one
/// block per column), so a row is garbage as soon as it has been read: the rows of a group are not kept until the
/// group is written. Two sets of buffers are used in turn and reused from group to group.
/// </remarks>
internal sealed class ParquetTable<TRow>
{
    public const int RowGroupSize = 100_000;
    private const int Precision = 38;
    private const int Scale = 12;

    private readonly List<Column> _columns = [];

    public ParquetTable<TRow> Text(string name, Func<TRow, string?> get) => Add(new TextColumn(name, get));

    public ParquetTable<TRow> Integer(string name, Func<TRow, int?> get) => Add(new ValueColumn<int>(new DataField<int?>(name), get));

    public ParquetTable<TRow> Number(string name, Func<TRow, double?> get) => Add(new ValueColumn<double>(new DataField<double?>(name), get));

    /// <remarks>
    /// Handed to the Parquet writer as the unscaled integer it stores (<see cref="Unscaled"/>), the same value and bytes
    /// it would derive from the decimal through several big-integer operations of its own.
    /// </remarks>
    public ParquetTable<TRow> Decimal(string name, Func<TRow, decimal?> get) =>
        Add(new ValueColumn<BigDecimal>(new DecimalDataField(name, Precision, Scale, isNullable: true, clrType: typeof(BigDecimal)),
            r => get(r) is { } v ? Unscaled(v) : null));

    public ParquetTable<TRow> Date(string name, Func<TRow, DateOnly?> get) => Add(new ValueColumn<DateOnly>(new DataField<DateOnly?>(name), get));

    /// <summary>
    /// <paramref name="value"/> rounded to <see cref="Scale"/> places, as the DECIMAL(38, 12) column stores it: the
    /// integer value × 10^12. A decimal's 96-bit integer part times a power of ten is computed in 128 bits; a value too
    /// large for them (far beyond the column's 26 integer digits) is left to the Parquet library's own conversion.
    /// </summary>
    internal static BigDecimal Unscaled(decimal value)
    {
        var rounded = Math.Round(value, Scale);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rounded, bits);
        var integer = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var factor = UInt128.One;
        for (var i = rounded.Scale; i < Scale; i++) factor *= 10;
        if (integer > UInt128.MaxValue / factor) return BigDecimal.FromDecimal(rounded, Precision, Scale);
        var unscaled = (BigInteger)(integer * factor);
        return new BigDecimal(rounded < 0 ? -unscaled : unscaled, Precision, Scale);
    }

    public IReadOnlyList<string> Names => _columns.Select(c => c.Field.Name).ToList();

    /// <summary>
    /// Writes the rows, with <paramref name="metadata"/> as the file's key-value metadata. The next row group's rows are
    /// gathered on another thread while one is encoded, and the file is written synchronously to
    /// <paramref name="output"/> (no thread pool round trip per column chunk).
    /// </summary>
    public void Write(IEnumerable<TRow> rows, Stream output, IReadOnlyDictionary<string, string> metadata)
    {
        using var synchronous = new SynchronousStream(output);
        WriteAsync(rows, synchronous, metadata).GetAwaiter().GetResult();
    }

    private async Task WriteAsync(IEnumerable<TRow> rows, Stream output, IReadOnlyDictionary<string, string> metadata)
    {
        var schema = new ParquetSchema(_columns.Select(c => (Field)c.Field));
        var options = new ParquetOptions { UseDateOnlyTypeForDates = true, CompressionMethod = CompressionMethod.Snappy };
        await using var writer = await ParquetWriter.CreateAsync(schema, output, options).ConfigureAwait(false);
        writer.CustomMetadata = metadata.ToDictionary(kv => kv.Key, kv => kv.Value);
        using var source = rows.GetEnumerator();
        // Group k is gathered into buffers[k % 2]: the next group's buffers are never the ones being written.
        var buffers = new ColumnBuffer[2][];
        var k = 0;
        var scratch = new Scratch();
        Task<int>? next = Gather(source, buffers, k);
        try
        {
            var first = true;
            while (next is not null)
            {
                var count = await next.ConfigureAwait(false);
                var current = buffers[k % 2];
                k++;
                next = count == RowGroupSize ? Gather(source, buffers, k) : null;
                if (count > 0 || first) await WriteGroup(writer, current, count, scratch).ConfigureAwait(false);
                first = false;
            }
        }
        finally
        {
            // The enumerator is disposed only once no thread is moving it on.
            if (next is not null) await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Starts gathering group <paramref name="k"/> into its set of buffers, made the first time it is used.</summary>
    private Task<int> Gather(IEnumerator<TRow> source, ColumnBuffer[][] buffers, int k)
    {
        var into = buffers[k % 2] ??= [.. _columns.Select(c => c.Buffer())];
        return Task.Run(() => Gather(source, into));
    }

    /// <summary>The next row group's rows (<see cref="RowGroupSize"/> of them, fewer at the end), copied into the buffers; returns how many.</summary>
    private static int Gather(IEnumerator<TRow> source, ColumnBuffer[] into)
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

    private async Task WriteGroup(ParquetWriter writer, ColumnBuffer[] columns, int count, Scratch scratch)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < columns.Length; i++) await columns[i].Write(group, _columns[i].Field, count, scratch).ConfigureAwait(false);
    }

    /// <summary>What the columns of a group use only while they are written, one column at a time.</summary>
    private sealed class Scratch
    {
        public ReadOnlyMemory<char>?[] Text { get; set; } = [];
    }

    private ParquetTable<TRow> Add(Column column)
    {
        _columns.Add(column);
        return this;
    }

    /// <summary>A capacity for <paramref name="needed"/> items: doubled from <paramref name="current"/>, at most <see cref="RowGroupSize"/> for rows.</summary>
    private static int Grown(int current, int needed, int limit) => Math.Max(needed, (int)Math.Min(limit, Math.Max(16L, current * 2L)));

    private abstract class Column(DataField field)
    {
        public DataField Field { get; } = field;

        /// <summary>An empty buffer for a group's values of this column.</summary>
        public abstract ColumnBuffer Buffer();
    }

    /// <summary>One column's values for the rows of a group, reused from group to group.</summary>
    private abstract class ColumnBuffer
    {
        public abstract void Clear();

        public abstract void Add(TRow row);

        public abstract Task Write(ParquetRowGroupWriter group, DataField field, int count, Scratch scratch);
    }

    private sealed class TextColumn(string name, Func<TRow, string?> get) : Column(new DataField<string>(name, nullable: true))
    {
        public override ColumnBuffer Buffer() => new TextBuffer(get);
    }

    /// <summary>
    /// Text values as one block of characters with where each ends; null (unknown) is kept apart from empty text.
    /// Written as the same values the string overload of the Parquet writer would be given.
    /// </summary>
    private sealed class TextBuffer(Func<TRow, string?> get) : ColumnBuffer
    {
        private char[] _chars = [];
        private int _used;
        private int[] _ends = [];
        private bool[] _null = [];
        private int _count;

        public override void Clear()
        {
            _used = 0;
            _count = 0;
        }

        public override void Add(TRow row)
        {
            if (_count == _ends.Length)
            {
                var size = Grown(_ends.Length, _count + 1, RowGroupSize);
                Array.Resize(ref _ends, size);
                Array.Resize(ref _null, size);
            }
            var value = get(row);
            if (value is null)
            {
                _null[_count] = true;
            }
            else
            {
                _null[_count] = false;
                if (_used + value.Length > _chars.Length) Array.Resize(ref _chars, Grown(_chars.Length, _used + value.Length, int.MaxValue));
                value.CopyTo(_chars.AsSpan(_used));
                _used += value.Length;
            }
            _ends[_count++] = _used;
        }

        public override Task Write(ParquetRowGroupWriter group, DataField field, int count, Scratch scratch)
        {
            if (scratch.Text.Length < count) scratch.Text = new ReadOnlyMemory<char>?[count];
            var values = scratch.Text;
            var start = 0;
            for (var i = 0; i < count; i++)
            {
                var end = _ends[i];
                // Not `? null :` alone: null would become an empty block through the conversion from char[].
                values[i] = _null[i] ? (ReadOnlyMemory<char>?)null : _chars.AsMemory(start, end - start);
                start = end;
            }
            return group.WriteAsync<ReadOnlyMemory<char>>(field, values.AsMemory(0, count));
        }
    }

    private sealed class ValueColumn<T>(DataField field, Func<TRow, T?> get) : Column(field) where T : struct
    {
        public override ColumnBuffer Buffer() => new ValueBuffer<T>(get);
    }

    private sealed class ValueBuffer<T>(Func<TRow, T?> get) : ColumnBuffer where T : struct
    {
        private T?[] _values = [];
        private int _count;

        public override void Clear() => _count = 0;

        public override void Add(TRow row)
        {
            if (_count == _values.Length) Array.Resize(ref _values, Grown(_values.Length, _count + 1, RowGroupSize));
            _values[_count++] = get(row);
        }

        public override Task Write(ParquetRowGroupWriter group, DataField field, int count, Scratch scratch) => group.WriteAsync<T>(field, _values.AsMemory(0, count));
    }
}
