namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// A version 1 data page (parquet.thrift's <c>DataPageHeader</c>): how many values, nulls included, and how they are
/// encoded; definition levels are always the RLE/bit-packed hybrid, and there are no repetition levels to speak of.
/// </summary>
internal sealed record DataPageHeader(int NumValues, ParquetEncoding Encoding)
{
    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.I32Field(1, NumValues);
        w.I32Field(2, (int)Encoding);
        w.I32Field(3, (int)ParquetEncoding.Rle);
        w.I32Field(4, (int)ParquetEncoding.Rle);
        w.EndStruct();
    }
}
