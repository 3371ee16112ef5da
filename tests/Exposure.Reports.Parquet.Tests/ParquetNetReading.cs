using Parquet;
using Parquet.Schema;

namespace Exposure.Reports.Parquet.Tests;

/// <summary>Reads a Parquet file back whole with Parquet.Net: its schema, each column's values in row order (null for unknown), and its key-value metadata.</summary>
internal static class ParquetNetReading
{
    public static (ParquetSchema Schema, Dictionary<string, Array> Columns, IReadOnlyDictionary<string, string> Metadata) ReadBack(string path) =>
        ReadBackAsync(path).GetAwaiter().GetResult();

    private static async Task<(ParquetSchema, Dictionary<string, Array>, IReadOnlyDictionary<string, string>)> ReadBackAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var columns = new Dictionary<string, List<object?>>();
        foreach (var field in reader.Schema.GetDataFields()) columns[field.Name] = [];
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            foreach (var field in reader.Schema.GetDataFields())
            {
                IEnumerable<object?> values;
                if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
                {
                    var buffer = new string?[n];
                    await group.ReadAsync(field, buffer.AsMemory());
                    values = buffer;
                }
                else values = await Read(group, field, n);
                columns[field.Name].AddRange(values);
            }
        }
        return (reader.Schema, columns.ToDictionary(kv => kv.Key, kv => (Array)kv.Value.ToArray()), reader.CustomMetadata);
    }

    private static async Task<IEnumerable<object?>> Read(ParquetRowGroupReader group, DataField field, int n)
    {
        async Task<IEnumerable<object?>> Of<T>() where T : struct
        {
            var buffer = new T?[n];
            await group.ReadAsync<T>(field, buffer.AsMemory());
            return buffer.Select(v => (object?)v);
        }
        return field.ClrType switch
        {
            var t when t == typeof(int) => await Of<int>(),
            var t when t == typeof(decimal) => await Of<decimal>(),
            var t when t == typeof(double) => await Of<double>(),
            var t when t == typeof(DateOnly) => await Of<DateOnly>(),
            _ => throw new NotSupportedException(field.ClrType.Name),
        };
    }
}
