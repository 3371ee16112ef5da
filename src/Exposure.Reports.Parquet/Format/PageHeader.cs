namespace Exposure.Reports.Parquet.Format;

/// <summary>What precedes every page (parquet.thrift's <c>PageHeader</c>): its kind, its size before and after compression, and the header of its kind.</summary>
internal sealed record PageHeader(int UncompressedSize, int CompressedSize, DataPageHeader? Data = null, DictionaryPageHeader? Dictionary = null)
{
    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.I32Field(1, (int)(Data is null ? PageType.DictionaryPage : PageType.DataPage));
        w.I32Field(2, UncompressedSize);
        w.I32Field(3, CompressedSize);
        if (Data is not null)
        {
            w.StructField(5);
            Data.Write(w);
        }
        if (Dictionary is not null)
        {
            w.StructField(7);
            Dictionary.Write(w);
        }
        w.EndStruct();
    }
}
