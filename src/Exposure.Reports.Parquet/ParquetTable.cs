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

    /// <summary>Writes the rows, with <paramref name="metadata"/> as the file's key-value metadata.</summary>
    public void Write(IEnumerable<TRow> rows, Stream output, IReadOnlyDictionary<string, string> metadata) =>
        WriteAsync(rows, output, metadata).GetAwaiter().GetResult();

    private async Task WriteAsync(IEnumerable<TRow> rows, Stream output, IReadOnlyDictionary<string, string> metadata)
    {
        var schema = new ParquetSchema(_columns.Select(c => (Field)c.Field));
        var options = new ParquetOptions { UseDateOnlyTypeForDates = true, CompressionMethod = CompressionMethod.Snappy };
        await using var writer = await ParquetWriter.CreateAsync(schema, output, options).ConfigureAwait(false);
        writer.CustomMetadata = metadata.ToDictionary(kv => kv.Key, kv => kv.Value);
        var batch = new List<TRow>(RowGroupSize);
        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == RowGroupSize)
            {
                await WriteGroup(writer, batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
        if (batch.Count > 0 || _written == 0) await WriteGroup(writer, batch).ConfigureAwait(false);
    }

    private int _written;

    private async Task WriteGroup(ParquetWriter writer, List<TRow> batch)
    {
        using var group = writer.CreateRowGroup();
        foreach (var column in _columns) await column.Write(group, batch).ConfigureAwait(false);
        _written += batch.Count;
    }

    private ParquetTable<TRow> Add(Column column)
    {
        _columns.Add(column);
        return this;
    }

    private abstract class Column(DataField field)
    {
        public DataField Field { get; } = field;

        public abstract Task Write(ParquetRowGroupWriter group, List<TRow> rows);
    }

    private sealed class TextColumn(string name, Func<TRow, string?> get) : Column(new DataField<string>(name, nullable: true))
    {
        public override Task Write(ParquetRowGroupWriter group, List<TRow> rows) =>
            group.WriteAsync(Field, rows.Select(get).ToArray()!);
    }

    private sealed class ValueColumn<T>(DataField field, Func<TRow, T?> get) : Column(field) where T : struct
    {
        public override Task Write(ParquetRowGroupWriter group, List<TRow> rows)
        {
            var values = new T?[rows.Count];
            for (var i = 0; i < values.Length; i++) values[i] = get(rows[i]);
            return group.WriteAsync<T>(Field, values.AsMemory());
        }
    }
}
