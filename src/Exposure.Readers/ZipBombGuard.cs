using System.Globalization;
using System.IO.Compression;
using Exposure.Core;

namespace Exposure.Readers;

/// <summary>
/// The checks every zip a reader opens passes before anything in it is unpacked (a workbook, an SEC N-PORT data set):
/// how many entries, how large each unpacks, how large all together, and how far each is compressed. A zip past a limit
/// is refused with one line saying which limit and by how much.
/// </summary>
internal static class ZipBombGuard
{
    /// <summary>The limits a kind of zip is held to.</summary>
    public readonly record struct Limits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes, double MaxCompressionRatio, long RatioCheckedAboveBytes);

    /// <summary>Refuses the zip when its entries, as its central directory states them, pass any of <paramref name="limits"/>.</summary>
    public static void Check(IReadOnlyCollection<ZipArchiveEntry> entries, string displayName, Limits limits)
    {
        if (entries.Count > limits.MaxEntries)
            throw Refuse(displayName, $"the zip holds {Count(entries.Count)} entries, more than the {Count(limits.MaxEntries)} allowed");

        long total = 0;
        foreach (var entry in entries)
        {
            if (entry.Length > limits.MaxEntryBytes)
                throw Refuse(displayName, $"entry '{entry.FullName}' unpacks to {Size(entry.Length)}, more than the {Size(limits.MaxEntryBytes)} allowed for one entry");
            total += entry.Length;
            if (total > limits.MaxTotalBytes)
                throw Refuse(displayName, $"the entries unpack to more than the {Size(limits.MaxTotalBytes)} allowed in all");
            if (entry.Length > limits.RatioCheckedAboveBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                throw Refuse(displayName,
                    $"entry '{entry.FullName}' is compressed {Ratio(entry.Length, entry.CompressedLength)}:1 " +
                    $"({Size(entry.CompressedLength)} unpacking to {Size(entry.Length)}), more than the {limits.MaxCompressionRatio.ToString("0", CultureInfo.InvariantCulture)}:1 allowed");
        }
    }

    public static DataException Refuse(string displayName, string reason) => new(displayName, null, $"refused as a possible zip bomb: {reason}");

    public static string Size(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => (bytes / (1024.0 * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " GB",
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(long length, long compressed) => ((double)length / Math.Max(compressed, 1)).ToString("0", CultureInfo.InvariantCulture);
}
