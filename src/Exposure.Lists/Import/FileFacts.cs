using System.Globalization;
using System.Security.Cryptography;

namespace Exposure.Lists.Import;

/// <summary>What a list's provenance records about its file.</summary>
internal static class FileFacts
{
    /// <summary>
    /// One SHA-256 for a list folder, from the hashes its files were given as they were read: the SHA-256 of the lines
    /// <c>{sha256}  {file name}</c>, sorted by file name, as <c>sha256sum * | sort -k2 | sha256sum</c> would give.
    /// </summary>
    public static string Sha256(IEnumerable<Core.Inputs.InputFile> files)
    {
        var lines = files
            .Select(f => $"{f.Sha256}  {f.Name[(f.Name.LastIndexOf('/') + 1)..]}\n")
            .OrderBy(l => l[66..], StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Concat(lines))));
    }

    /// <summary>The file's modification date, <c>YYYY-MM-DD</c> (UTC).</summary>
    public static string ModifiedDate(string path) =>
        File.GetLastWriteTimeUtc(path).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
