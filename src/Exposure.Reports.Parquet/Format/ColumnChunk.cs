namespace Exposure.Reports.Parquet.Format;

/// <summary>One column of a row group (parquet.thrift's <c>ColumnChunk</c>): where it starts in the file, and its metadata.</summary>
internal sealed record ColumnChunk(long FileOffset, ColumnMetaData MetaData)
{
    public void Write(ThriftCompactWriter w)
    {
        w.BeginStruct();
        w.I64Field(2, FileOffset);
        w.StructField(3);
        MetaData.Write(w);
        w.EndStruct();
    }
}
