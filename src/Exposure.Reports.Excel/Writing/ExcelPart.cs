namespace Exposure.Reports.Excel.Writing;

/// <summary>A part of the package (its name and content type) and the relationships from it, kept until the package is finished.</summary>
internal sealed class ExcelPart(Uri uri, string contentType)
{
    private readonly List<(string Id, string Type, string Target, bool External)> relationships = [];

    public Uri Uri { get; } = uri;

    public string ContentType { get; } = contentType;

    public IReadOnlyList<(string Id, string Type, string Target, bool External)> Relationships => relationships;

    public void Relate(string id, string type, string target, bool external) => relationships.Add((id, type, target, external));
}
