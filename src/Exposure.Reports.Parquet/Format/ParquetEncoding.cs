namespace Exposure.Reports.Parquet.Format;

/// <summary>The encodings of values and levels used here, numbered as in parquet.thrift's <c>Encoding</c>.</summary>
internal enum ParquetEncoding
{
    Plain = 0,
    Rle = 3,
    RleDictionary = 8,
}
