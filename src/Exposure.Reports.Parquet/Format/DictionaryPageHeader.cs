namespace Exposure.Reports.Parquet.Format;

/// <summary>A dictionary page (parquet.thrift's <c>DictionaryPageHeader</c>): how many distinct values, PLAIN-encoded.</summary>
internal sealed record DictionaryPageHeader(int NumValues)
{
    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.I32Field(1, NumValues);
        w.I32Field(2, (int)ParquetEncoding.Plain);
        w.EndStruct();
    }
}
