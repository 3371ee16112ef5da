namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// A file's footer (parquet.thrift's <c>FileMetaData</c>): format version 1, the schema (root first), the rows, the
/// row groups, the key-value metadata, what wrote the file, and that every column's statistics follow the order its
/// type defines.
/// </summary>
internal sealed record FileMetaData(IReadOnlyList<SchemaElement> Schema, long NumRows, IReadOnlyList<RowGroup> RowGroups, IReadOnlyList<KeyValue> KeyValues, string CreatedBy)
{
    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.I32Field(1, 1);
        w.StructListField(2, Schema.Count);
        foreach (var element in Schema) element.Write(w);
        w.I64Field(3, NumRows);
        w.StructListField(4, RowGroups.Count);
        foreach (var group in RowGroups) group.Write(w);
        w.StructListField(5, KeyValues.Count);
        foreach (var kv in KeyValues) kv.Write(w);
        w.StringField(6, CreatedBy);
        // ColumnOrder is a union: TYPE_ORDER (field 1, an empty struct) for each column.
        var columns = Schema.Count - 1;
        w.StructListField(7, columns);
        for (var i = 0; i < columns; i++)
        {
            w.BeginStruct();
            w.StructField(1);
            w.BeginStruct();
            w.EndStruct();
            w.EndStruct();
        }
        w.EndStruct();
    }
}
