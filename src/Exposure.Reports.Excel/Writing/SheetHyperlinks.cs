namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// The hyperlinks of one worksheet: one external relationship per distinct URL, at most a given number of
/// linked cells. Only absolute http, https and mailto URLs of at most 2,079 characters (Excel's limit) are linked.
/// </summary>
internal sealed class SheetHyperlinks(PartRelationships relationships, int maxLinks)
{
    private const int MaxUrlLength = 2_079;

    private readonly Dictionary<string, string> idsByUrl = new(StringComparer.Ordinal);
    private readonly List<(string Cell, string RelationshipId)> links = [];

    public IReadOnlyList<(string Cell, string RelationshipId)> Links => links;

    public bool TryAdd(string cell, string url)
    {
        if (links.Count >= maxLinks || Parse(url) is not { } uri)
        {
            return false;
        }

        if (!idsByUrl.TryGetValue(uri.AbsoluteUri, out var id))
        {
            id = relationships.AddExternal(new Uri(uri.AbsoluteUri), RelationshipTypes.Hyperlink);
            idsByUrl.Add(uri.AbsoluteUri, id);
        }

        links.Add((cell, id));
        return true;
    }

    private static Uri? Parse(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto)
        && uri.AbsoluteUri.Length <= MaxUrlLength
            ? uri
            : null;
}
