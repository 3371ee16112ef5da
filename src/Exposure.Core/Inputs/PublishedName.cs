namespace Exposure.Core.Inputs;

/// <summary>
/// How a published report names an input file: by its file name alone, never the folder it was read from (an absolute
/// path, or a relative one, says where a user keeps files), unless two inputs share a file name: then each is named by as
/// many of its last folders as tell it apart (<see cref="Distinct"/>). The SHA-256 beside the name identifies the file.
/// </summary>
public static class PublishedName
{
    /// <summary>The file name of <paramref name="path"/>, with either kind of folder separator: <c>/home/a/EEM.csv</c> and <c>C:\a\EEM.csv</c> give <c>EEM.csv</c>.</summary>
    public static string Of(string path)
    {
        var trimmed = path.TrimEnd('/', '\\');
        var cut = trimmed.LastIndexOfAny(['/', '\\']);
        var name = cut < 0 ? trimmed : trimmed[(cut + 1)..];
        return name.Length == 0 ? path : name;
    }

    /// <summary>
    /// The names of <paramref name="paths"/>, each its file name where no other path has it, else the shortest end of its
    /// path that no other path ends in (<c>q2/nport</c> and <c>q3/nport</c>; <c>a/x.csv</c> and <c>x.csv</c>), folders
    /// joined by <c>/</c>. The same path given twice has one name.
    /// </summary>
    public static IReadOnlyList<string> Distinct(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var parts = paths.Select(Segments).ToList();
        var names = new string[paths.Count];
        foreach (var group in Enumerable.Range(0, paths.Count).GroupBy(i => parts[i][^1], StringComparer.Ordinal))
        {
            var members = group.ToList();
            foreach (var i in members)
            {
                var others = members.Where(j => !parts[j].SequenceEqual(parts[i], StringComparer.Ordinal)).ToList();
                var k = 1;
                while (k < parts[i].Length && others.Any(j => End(parts[j], k) == End(parts[i], k))) k++;
                names[i] = End(parts[i], k);
            }
        }
        return names;
    }

    /// <summary>A path's folders and file name, with either kind of separator; <c>.</c> and empty parts left out.</summary>
    private static string[] Segments(string path)
    {
        var parts = path.Split('/', '\\').Where(p => p.Length > 0 && p != ".").ToArray();
        return parts.Length == 0 ? [path] : parts;
    }

    /// <summary>The last <paramref name="count"/> parts (all of them where there are fewer), joined by <c>/</c>.</summary>
    private static string End(string[] parts, int count) => string.Join('/', parts[Math.Max(0, parts.Length - count)..]);

    /// <summary>
    /// The name of a file of a list, which the list loader gives as the list's folder and the file
    /// (<c>reference-data/companies.csv</c>): kept as it is, unless it is rooted or climbs out of a folder, when only the
    /// file name is kept.
    /// </summary>
    public static string OfListFile(string name) =>
        System.IO.Path.IsPathRooted(name) || name.StartsWith('~') || name.Contains(':', StringComparison.Ordinal)
        || name.Split('/', '\\').Any(part => part == "..")
            ? Of(name)
            : name;
}
