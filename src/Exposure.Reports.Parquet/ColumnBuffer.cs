using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>One column's values for the rows of a row group, gathered row by row and written as a column chunk; reused from group to group.</summary>
internal abstract class ColumnBuffer<TRow>
{
    /// <summary>About how many bytes of values a data page holds before a new one is begun.</summary>
    public const int PageBytes = 1 << 20;

    public abstract void Clear();

    public abstract void Add(TRow row);

    /// <summary>Writes the chunk of the group's <paramref name="rows"/> rows, between the file's <see cref="ParquetFileWriter.BeginChunk"/> and its metadata.</summary>
    public abstract void Write(ParquetFileWriter file, SchemaElement column, int rows, PageScratch scratch);

    /// <summary>A capacity for <paramref name="needed"/> items: doubled from <paramref name="current"/>, at most <paramref name="limit"/> unless more are needed.</summary>
    protected static int Grown(int current, int needed, int limit) => Math.Max(needed, (int)Math.Min(limit, Math.Max(16L, current * 2L)));

    /// <summary>
    /// Starts a page with its definition levels (1 for a value, 0 for null) as the RLE/bit-packed hybrid of bit
    /// width 1 after their length in four bytes; returns how many of the rows have a value.
    /// </summary>
    protected static int Levels(ReadOnlySpan<byte> defined, ByteBuffer body)
    {
        var at = body.Length;
        body.Reserve(4);
        body.Advance(4);
        RleBitPackedEncoder.Encode(defined, 1, body);
        body.SetInt32(at, body.Length - at - 4);
        return defined.Count((byte)1);
    }
}
