using System.Security.Cryptography;

namespace Exposure.Core.Inputs;

/// <summary>
/// One input file of a run (holdings, mapping, portfolio, decisions, a list file) and its SHA-256, computed while the
/// file is read: a reader that reads the file from start to end in order hashes it on the way, at no second read. A file
/// read out of order (a zip's directory first) is hashed in one pass of its own when the run describes it.
/// </summary>
public sealed class InputSource(string path, string displayName, string role)
{
    private string? _sha256;
    private long _bytes;

    /// <summary>Where to read the file.</summary>
    public string Path { get; } = path;

    /// <summary>How messages and reports name the file (the path as the user gave it).</summary>
    public string DisplayName { get; } = displayName;

    /// <summary>What the file is to the run: <c>holdings</c>, <c>mapping</c>, <c>portfolio</c>, <c>review decisions</c> ...</summary>
    public string Role { get; } = role;

    /// <summary>Opens the file for reading; the hash is taken from the bytes as they are read in order.</summary>
    public Stream OpenRead(int bufferSize = 1 << 16, FileOptions options = FileOptions.SequentialScan) =>
        new HashingStream(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize, options), this);

    /// <summary>
    /// The file as the run information lists it; <paramref name="lines"/> as the reader counted them. A folder (an
    /// unpacked data set) is described by the SHA-256 of its files' hashes, as <c>sha256sum * | sha256sum</c> would give.
    /// </summary>
    public InputFile Describe(int lines)
    {
        if (_sha256 is null)
        {
            if (Directory.Exists(Path)) HashFolder();
            else
            {
                using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                Hashed(Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
            }
        }
        return new InputFile(DisplayName, Role, _sha256!, _bytes, lines);
    }

    private void HashFolder()
    {
        var manifest = new System.Text.StringBuilder();
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(Path).Order(StringComparer.Ordinal))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            manifest.Append(Convert.ToHexStringLower(SHA256.HashData(stream))).Append("  ").Append(System.IO.Path.GetFileName(file)).Append('\n');
            bytes += stream.Length;
        }
        Hashed(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(manifest.ToString()))), bytes);
    }

    internal void Hashed(string sha256, long bytes)
    {
        _sha256 = sha256;
        _bytes = bytes;
    }

    public override string ToString() => DisplayName;
}
