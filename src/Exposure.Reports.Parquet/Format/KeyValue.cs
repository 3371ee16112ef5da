namespace Exposure.Reports.Parquet.Format;

/// <summary>One entry of a file's key-value metadata (parquet.thrift's <c>KeyValue</c>).</summary>
internal sealed record KeyValue(string Key, string Value)
{
    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.StringField(1, Key);
        w.StringField(2, Value);
        w.EndStruct();
    }
}
