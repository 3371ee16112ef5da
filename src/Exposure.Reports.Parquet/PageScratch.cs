using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>What a row group's columns use only while they are written, one column at a time: a page's bytes, a text chunk's distinct values and their numbers.</summary>
internal sealed class PageScratch
{
    public ByteBuffer Body { get; } = new(1 << 16);

    public TextDictionary Dictionary { get; } = new();

    public int[] Indices { get; set; } = [];
}
