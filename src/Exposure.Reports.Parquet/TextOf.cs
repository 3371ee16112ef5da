namespace Exposure.Reports.Parquet;

/// <summary>A row's text for a column: false when the row has none (null, unknown), else its characters in <paramref name="value"/>.</summary>
internal delegate bool TextOf<in TRow>(TRow row, out ReadOnlySpan<char> value);
