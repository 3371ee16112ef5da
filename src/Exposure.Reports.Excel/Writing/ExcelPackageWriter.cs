using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// A write-only package, so that part data goes straight to the output instead of being buffered.
/// A part must be written completely right after it is created, before the next part is created;
/// relationships may be added at any time before the package is closed.
/// </summary>
internal sealed class ExcelPackageWriter : IDisposable
{
    private readonly Package package;
    private readonly Dictionary<string, int> partCounts = new(StringComparer.Ordinal);

    public ExcelPackageWriter(Stream output)
    {
        package = Package.Open(output, FileMode.Create, FileAccess.Write);
    }

    /// <summary>The name of the next numbered part in a folder of xl/, e.g. /xl/worksheets/sheet3.xml.</summary>
    public Uri NextPartUri(string folder, string stem)
    {
        var number = partCounts[stem] = partCounts.GetValueOrDefault(stem) + 1;
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"/xl/{folder}/{stem}{number}.xml"), UriKind.Relative);
    }

    public PackagePart CreatePart(Uri uri, string contentType) => package.CreatePart(uri, contentType, CompressionOption.Normal);

    public static void Save(PackagePart part, OpenXmlPartRootElement root)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        root.Save(stream);
    }

    public void WritePart(Uri uri, string contentType, OpenXmlPartRootElement root) => Save(CreatePart(uri, contentType), root);

    public void RelateDocument(Uri workbookUri) =>
        package.CreateRelationship(workbookUri, TargetMode.Internal, RelationshipTypes.OfficeDocument, "rId1");

    public void Dispose() => package.Close();
}
