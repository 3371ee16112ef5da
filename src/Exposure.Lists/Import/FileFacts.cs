using System.Globalization;
using System.Security.Cryptography;

namespace Exposure.Lists.Import;

/// <summary>What a list's provenance records about its file.</summary>
internal static class FileFacts
{
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>SHA-256 over several files, in the order given: each file's name, then its bytes.</summary>
    public static string Sha256(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(path).ToLowerInvariant() + "\n"));
            using var stream = File.OpenRead(path);
            var buffer = new byte[1 << 16];
            int n;
            while ((n = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, n);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The file's modification date, <c>YYYY-MM-DD</c> (UTC).</summary>
    public static string ModifiedDate(string path) =>
        File.GetLastWriteTimeUtc(path).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
