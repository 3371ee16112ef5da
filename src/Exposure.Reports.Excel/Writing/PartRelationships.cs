using System.Globalization;
using System.IO.Packaging;

namespace Exposure.Reports.Excel.Writing;

/// <summary>Adds a part's relationships with ids rId1, rId2, ... in order.</summary>
internal sealed class PartRelationships(PackagePart part)
{
    private int count;

    public string AddInternal(Uri targetPart, string type) =>
        Add(PackUriHelper.GetRelativeUri(part.Uri, targetPart), TargetMode.Internal, type);

    public string AddExternal(Uri target, string type) => Add(target, TargetMode.External, type);

    private string Add(Uri target, TargetMode mode, string type)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"rId{++count}");
        part.CreateRelationship(target, mode, type, id);
        return id;
    }
}
