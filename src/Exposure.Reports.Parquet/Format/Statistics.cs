namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// What a column chunk holds (parquet.thrift's <c>Statistics</c>): how many values are null, and the least and
/// greatest value in the column's order, PLAIN-encoded (text without its length), where they are known. A DOUBLE
/// column also says how many of its values are NaN, which the least and greatest leave out.
/// </summary>
internal sealed record Statistics(long NullCount, byte[]? Min = null, byte[]? Max = null, long? NanCount = null)
{
    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.I64Field(3, NullCount);
        if (Max is not null) w.BinaryField(5, Max);
        if (Min is not null) w.BinaryField(6, Min);
        if (NanCount is { } nan) w.I64Field(9, nan);
        w.EndStruct();
    }
}
