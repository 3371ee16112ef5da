using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>A text chunk's values as UTF-8: one block, and for each row where its value starts in it and how many bytes it has (0 and 0 for null).</summary>
internal readonly record struct Utf8Values(ByteBuffer Block, int[] Starts, int[] Lengths);
