namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// One node of a file's schema (parquet.thrift's <c>SchemaElement</c>): the root, with how many columns it has, or
/// an optional column with its physical type and meaning.
/// </summary>
internal sealed record SchemaElement(
    string Name,
    ParquetType? Type = null,
    int? TypeLength = null,
    int? NumChildren = null,
    ConvertedType? Converted = null,
    int? Scale = null,
    int? Precision = null,
    LogicalType? Logical = null)
{
    private const int Optional = 1;

    public static SchemaElement Root(string name, int columns) => new(name, NumChildren: columns);

    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        if (Type is { } type) w.I32Field(1, (int)type);
        if (TypeLength is { } length) w.I32Field(2, length);
        if (Type is not null) w.I32Field(3, Optional);
        w.StringField(4, Name);
        if (NumChildren is { } children) w.I32Field(5, children);
        if (Converted is { } converted) w.I32Field(6, (int)converted);
        if (Scale is { } scale) w.I32Field(7, scale);
        if (Precision is { } precision) w.I32Field(8, precision);
        if (Logical is { } logical)
        {
            w.StructField(10);
            logical.Write(w);
        }
        w.EndStruct();
    }
}
