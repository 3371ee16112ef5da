namespace Exposure.Readers.Nport.DataSet;

/// <summary>How much an N-PORT data set zip may unpack to before it is refused as hostile or absurd.</summary>
/// <param name="MaxEntries">Files inside the zip (a data set has about 32).</param>
/// <param name="MaxEntryBytes">Unpacked size of any one table (the holdings table of a quarter is about 1 GB).</param>
/// <param name="MaxTotalBytes">Unpacked size of all files together (a quarter is about 4 GB).</param>
/// <param name="MaxCompressionRatio">Unpacked over packed size, checked for entries larger than <paramref name="RatioCheckedAboveBytes"/>; tab-separated text packs about 10:1.</param>
/// <param name="RatioCheckedAboveBytes">Entries up to this size may compress as well as they like.</param>
/// <param name="MaxReorderBytes">
/// Holdings rows of one filing that appear away from the rest of its rows are held back until the filing's turn; this
/// is how many bytes of such rows may be held at once.
/// </param>
public sealed record DataSetLimits(
    int MaxEntries = 1_000,
    long MaxEntryBytes = 16L * 1024 * 1024 * 1024,
    long MaxTotalBytes = 64L * 1024 * 1024 * 1024,
    double MaxCompressionRatio = 200,
    long RatioCheckedAboveBytes = 1024 * 1024,
    long MaxReorderBytes = 256L * 1024 * 1024)
{
    public static DataSetLimits Default { get; } = new();
}
