using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// A write-only package, so that part data goes straight to the output instead of being buffered.
/// A part must be written completely right after it is created, before the next part is created;
/// relationships may be added at any time before the package is closed.
/// Finishing the package gives every zip entry one given time and no trace of the machine
/// (<see cref="DeterministicZip"/>). An output that cannot be read back and rewritten in place (not seekable, not
/// readable, or not at its start) gets the package through a temporary file, so it receives the same bytes.
/// </summary>
internal sealed class ExcelPackageWriter : IDisposable
{
    private readonly Stream output;
    private readonly DateTime timestamp;
    private readonly Stream? staging;
    private readonly Package package;
    private readonly Dictionary<string, int> partCounts = new(StringComparer.Ordinal);
    private bool closed;

    public ExcelPackageWriter(Stream output, DateTime timestamp)
    {
        this.output = output;
        this.timestamp = timestamp;
        staging = output is { CanSeek: true, CanRead: true, Position: 0 } ? null : TemporaryFile();
        package = Package.Open(staging ?? output, FileMode.Create, FileAccess.Write);
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

    /// <summary>Closes the complete package, makes its bytes independent of the machine and, when staged, copies it to the output.</summary>
    public void Finish()
    {
        Close(normalize: true);
    }

    /// <summary>Closes the package as it is (an unfinished workbook is not normalised).</summary>
    public void Dispose() => Close(normalize: false);

    private void Close(bool normalize)
    {
        if (closed) return;
        closed = true;
        try
        {
            package.Close();
            if (normalize) DeterministicZip.Normalize(staging ?? output, timestamp);
            if (staging is not null)
            {
                staging.Position = 0;
                staging.CopyTo(output);
                output.Flush();
            }
        }
        finally
        {
            staging?.Dispose();
        }
    }

    private static FileStream TemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), "exposure-" + Path.GetRandomFileName()),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
}
