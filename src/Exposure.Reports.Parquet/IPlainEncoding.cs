using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>How values of a fixed width are stored PLAIN, and what a chunk of them says in its statistics.</summary>
internal interface IPlainEncoding<T> where T : unmanaged
{
    static abstract int Width { get; }

    /// <summary>Writes the values, <see cref="Width"/> bytes each, into <paramref name="into"/>.</summary>
    static abstract void Write(ReadOnlySpan<T> values, Span<byte> into);

    /// <summary>The chunk's statistics: its nulls, and its least and greatest value where it has any.</summary>
    static abstract Statistics Statistics(ReadOnlySpan<T> values, long nullCount);
}
