namespace Exposure.Core.Inputs;

/// <summary>
/// How a published report names an input file: by its file name alone, never the folder it was read from (an absolute
/// path, or a relative one, says where a user keeps files). The SHA-256 beside the name identifies the file.
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
