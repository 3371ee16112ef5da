namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// What a column's values mean (parquet.thrift's <c>LogicalType</c> union): text (STRING, field 1), a decimal with
/// its scale and precision (DECIMAL, field 5), a date (DATE, field 6) or a signed 32-bit integer (INTEGER, field 10).
/// </summary>
internal sealed record LogicalType(short Field, int Scale = 0, int Precision = 0)
{
    public static LogicalType String { get; } = new(1);
    public static LogicalType Date { get; } = new(6);
    public static LogicalType Int32 { get; } = new(10);

    public static LogicalType Decimal(int scale, int precision) => new(5, scale, precision);

    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.StructField(Field);
        w.BeginStruct();
        if (Field == 5)
        {
            w.I32Field(1, Scale);
            w.I32Field(2, Precision);
        }
        else if (Field == 10)
        {
            w.ByteField(1, 32);
            w.BoolField(2, true);
        }
        w.EndStruct();
        w.EndStruct();
    }
}
