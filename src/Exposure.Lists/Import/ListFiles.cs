using System.Collections.Concurrent;
using Exposure.Core.Inputs;
using Exposure.Readers.Text;

namespace Exposure.Lists.Import;

/// <summary>
/// Opens a list's files so that each is hashed while it is read (<see cref="InputSource"/>): the SHA-256 a list's
/// provenance records then costs no second read. A file is known by its full path, length and modification time.
/// </summary>
internal static class ListFiles
{
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), InputSource> Sources = new();

    public static Stream Open(string path, int bufferSize = 1 << 16) => SourceOf(path).OpenRead(bufferSize);

    public static StreamReader OpenText(string path) => TextEncodings.OpenText(Open(path), out _);

    public static StreamReader OpenText(string path, out DetectedEncoding detected) => TextEncodings.OpenText(Open(path), out detected);

    /// <summary>The whole file as text, read at most up to <paramref name="maxBytes"/> (<see cref="BoundedText.ReadAll"/>); errors name it as <paramref name="displayName"/>.</summary>
    public static string ReadAll(string path, string displayName, long maxBytes, string what)
    {
        var source = SourceOf(path);
        try
        {
            return BoundedText.ReadAll(source, maxBytes, what);
        }
        catch (Core.DataException e) when (e.File != displayName)
        {
            throw new Core.DataException(displayName, e.Line, e.Problem);
        }
    }

    /// <summary>The file's SHA-256: from the reading that went before, or from a pass of its own when none read it all.</summary>
    public static string Sha256(string path) => SourceOf(path).Describe(0).Sha256;

    /// <summary>SHA-256 over several files, as <see cref="FileFacts.Sha256(IEnumerable{InputFile})"/> combines a folder's.</summary>
    public static string Sha256(IEnumerable<string> paths) =>
        FileFacts.Sha256(paths.Select(p => SourceOf(p).Describe(0)));

    private static InputSource SourceOf(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        var key = (full, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue);
        return Sources.GetOrAdd(key, k => new InputSource(k.Path, Path.GetFileName(k.Path), "list"));
    }
}
