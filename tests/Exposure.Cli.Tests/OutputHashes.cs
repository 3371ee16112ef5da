using System.Security.Cryptography;

namespace Exposure.Cli.Tests;

/// <summary>The SHA-256 of every file a run wrote, by file name.</summary>
internal static class OutputHashes
{
    public static SortedDictionary<string, string> Of(string folder) => new(
        Directory.GetFiles(folder).ToDictionary(
            f => Path.GetFileName(f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    /// <summary>The files whose bytes differ between two runs, or that only one of them wrote.</summary>
    public static List<string> Differences(SortedDictionary<string, string> a, SortedDictionary<string, string> b) =>
        a.Keys.Union(b.Keys).Where(name => a.GetValueOrDefault(name) != b.GetValueOrDefault(name)).Order(StringComparer.Ordinal).ToList();
}
