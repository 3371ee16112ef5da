namespace Exposure.Reports.Parquet.Format;

/// <summary>The kinds of page written here, numbered as in parquet.thrift's <c>PageType</c>.</summary>
internal enum PageType
{
    DataPage = 0,
    DictionaryPage = 2,
}
