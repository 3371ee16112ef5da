namespace Exposure.Reports.Parquet.Format;

/// <summary>A row group (parquet.thrift's <c>RowGroup</c>): its column chunks in schema order, its rows, sizes, where it starts and its place in the file.</summary>
internal sealed record RowGroup(IReadOnlyList<ColumnChunk> Columns, long TotalByteSize, long NumRows, long FileOffset, long TotalCompressedSize, short Ordinal)
{
    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.StructListField(1, Columns.Count);
        foreach (var column in Columns) column.Write(w);
        w.I64Field(2, TotalByteSize);
        w.I64Field(3, NumRows);
        w.I64Field(5, FileOffset);
        w.I64Field(6, TotalCompressedSize);
        w.I16Field(7, Ordinal);
        w.EndStruct();
    }
}
