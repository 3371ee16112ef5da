namespace Exposure.Reports.Parquet.Format;

/// <summary>The physical types of Parquet values used here, numbered as in parquet.thrift's <c>Type</c>.</summary>
internal enum ParquetType
{
    Int32 = 1,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
}
