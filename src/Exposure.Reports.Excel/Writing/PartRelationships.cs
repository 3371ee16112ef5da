using System.Globalization;

namespace Exposure.Reports.Excel.Writing;

/// <summary>Adds a part's relationships with ids rId1, rId2, ... in order.</summary>
internal sealed class PartRelationships(ExcelPart part)
{
    private static readonly Uri Root = new("http://package");

    private int count;

    /// <summary>A relationship to another part of the package, by its path relative to this part's folder.</summary>
    public string AddInternal(Uri targetPart, string type) =>
        Add(new Uri(Root, part.Uri).MakeRelativeUri(new Uri(Root, targetPart)).OriginalString, type, external: false);

    public string AddExternal(Uri target, string type) => Add(target.AbsoluteUri, type, external: true);

    private string Add(string target, string type, bool external)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"rId{++count}");
        part.Relate(id, type, target, external);
        return id;
    }
}
