namespace Exposure.Reports.Parquet.Format;

/// <summary>The older annotations of a column's meaning, written beside the logical type for older readers; numbered as in parquet.thrift.</summary>
internal enum ConvertedType
{
    Utf8 = 0,
    Decimal = 5,
    Date = 6,
    Int32 = 17,
}
