namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// Where a column chunk's pages are and what they hold (parquet.thrift's <c>ColumnMetaData</c>). Sizes count the
/// page headers; every page is Snappy-compressed.
/// </summary>
internal sealed record ColumnMetaData(
    ParquetType Type,
    IReadOnlyList<ParquetEncoding> Encodings,
    string Name,
    long NumValues,
    long TotalUncompressedSize,
    long TotalCompressedSize,
    long DataPageOffset,
    long? DictionaryPageOffset,
    Statistics Statistics)
{
    private const int Snappy = 1;

    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.I32Field(1, (int)Type);
        w.I32ListField(2, Encodings.Select(e => (int)e).ToArray());
        w.StringListField(3, [Name]);
        w.I32Field(4, Snappy);
        w.I64Field(5, NumValues);
        w.I64Field(6, TotalUncompressedSize);
        w.I64Field(7, TotalCompressedSize);
        w.I64Field(9, DataPageOffset);
        if (DictionaryPageOffset is { } dictionary) w.I64Field(11, dictionary);
        w.StructField(12);
        Statistics.Write(w);
        w.EndStruct();
    }
}
