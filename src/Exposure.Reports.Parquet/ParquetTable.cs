using Parquet;
using Parquet.Schema;

namespace Exposure.Reports.Parquet;

/// <summary>
/// A Parquet file laid out column by column from rows of <typeparamref name="TRow"/>, written in row groups of
/// <see cref="RowGroupSize"/> rows so that millions of rows stream through bounded memory. Every column is nullable:
/// a value the tool could not read is null (unknown), never 0. Money and weights are DECIMAL(38, 12); dates are DATE.
/// The file holds nothing that changes from run to run unless the report does (no timestamp of its own).
/// </summary>
internal sealed class ParquetTable<TRow>
{
    public const int RowGroupSize = 100_000;
    private const int Precision = 38;
    private const int Scale = 12;

    private readonly List<Column> _columns = [];

    public ParquetTable<TRow> Text(string name, Func<TRow, string?> get) => Add(new TextColumn(name, get));

    public ParquetTable<TRow> Integer(string name, Func<TRow, int?> get) => Add(new ValueColumn<int>(new DataField<int?>(name), get));

    public ParquetTable<TRow> Number(string name, Func<TRow, double?> get) => Add(new ValueColumn<double>(new DataField<double?>(name), get));

    public ParquetTable<TRow> Decimal(string name, Func<TRow, decimal?> get) =>
        Add(new ValueColumn<decimal>(new DecimalDataField(name, Precision, Scale, isNullable: true), r => get(r) is { } v ? Math.Round(v, Scale) : null));

    public ParquetTable<TRow> Date(string name, Func<TRow, DateOnly?> get) => Add(new ValueColumn<DateOnly>(new DataField<DateOnly?>(name), get));

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
        Task<Group>? next = Task.Run(() => Gather(source));
        try
        {
            var first = true;
            while (next is not null)
            {
                var batch = await next.ConfigureAwait(false);
                next = batch.Rows == RowGroupSize ? Task.Run(() => Gather(source)) : null;
                if (batch.Rows > 0 || first) await WriteGroup(writer, batch).ConfigureAwait(false);
                first = false;
            }
        }
        finally
        {
            // The enumerator is disposed only once no thread is moving it on.
            if (next is not null) await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>The next row group's rows (<see cref="RowGroupSize"/> of them, fewer at the end) as the columns' values.</summary>
    private Group Gather(IEnumerator<TRow> source)
    {
        var batch = new TRow[RowGroupSize];
        var count = 0;
        while (count < batch.Length && source.MoveNext()) batch[count++] = source.Current;
        if (count < batch.Length) Array.Resize(ref batch, count);
        return new Group(count, [.. _columns.Select(c => c.Values(batch))]);
    }

    private sealed record Group(int Rows, Array[] Values);

    private async Task WriteGroup(ParquetWriter writer, Group batch)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < _columns.Count; i++) await _columns[i].Write(group, batch.Values[i]).ConfigureAwait(false);
    }

    private ParquetTable<TRow> Add(Column column)
    {
        _columns.Add(column);
        return this;
    }

    private abstract class Column(DataField field)
    {
        public DataField Field { get; } = field;

        /// <summary>The column's values for <paramref name="rows"/>.</summary>
        public abstract Array Values(TRow[] rows);

        public abstract Task Write(ParquetRowGroupWriter group, Array values);
    }

    private sealed class TextColumn(string name, Func<TRow, string?> get) : Column(new DataField<string>(name, nullable: true))
    {
        public override Array Values(TRow[] rows)
        {
            var values = new string?[rows.Length];
            for (var i = 0; i < values.Length; i++) values[i] = get(rows[i]);
            return values;
        }

        public override Task Write(ParquetRowGroupWriter group, Array values) => group.WriteAsync(Field, (string[])values);
    }

    private sealed class ValueColumn<T>(DataField field, Func<TRow, T?> get) : Column(field) where T : struct
    {
        public override Array Values(TRow[] rows)
        {
            var values = new T?[rows.Length];
            for (var i = 0; i < values.Length; i++) values[i] = get(rows[i]);
            return values;
        }

        public override Task Write(ParquetRowGroupWriter group, Array values) => group.WriteAsync<T>(Field, ((T?[])values).AsMemory());
    }
}
