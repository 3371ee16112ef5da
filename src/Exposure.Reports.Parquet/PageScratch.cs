using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>What a row group's columns use only while they are written, one column at a time: a page's bytes, a text chunk's UTF-8 and distinct values and their numbers.</summary>
internal sealed class PageScratch
{
    public ByteBuffer Body { get; } = new(1 << 16);

    /// <summary>A PLAIN text page's values, gathered before its definition levels are known.</summary>
    public ByteBuffer Values { get; } = new(1 << 16);

    /// <summary>A text chunk's values as UTF-8, and where each row's value is in them where that is not where its characters are.</summary>
    public ByteBuffer Utf8 { get; } = new(1 << 16);

    public int[] Starts { get; set; } = [];

    public int[] Lengths { get; set; } = [];

    public TextDictionary Dictionary { get; } = new();

    public int[] Indices { get; set; } = [];
}
