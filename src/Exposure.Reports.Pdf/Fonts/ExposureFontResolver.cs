using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Fonts;

namespace Exposure.Reports.Pdf.Fonts;

/// <summary>
/// The process-wide PDFsharp font resolver. PDFsharp allows one resolver per process, so families are registered
/// under aliases derived from their files, and any number of <see cref="FontSet"/>s can share it.
/// </summary>
public sealed class ExposureFontResolver : IFontResolver
{
    private static readonly Lock InstallLock = new();

    private readonly ConcurrentDictionary<string, FontFamilyFaces> _families = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);

    private ExposureFontResolver()
    {
    }

    public static ExposureFontResolver Instance { get; } = new();

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!_families.TryGetValue(familyName, out var family))
        {
            return null;
        }

        var (face, simulations) = family.Select(bold, italic);
        return new FontResolverInfo(face.Path, simulations);
    }

    public byte[]? GetFont(string faceName) => _paths.ContainsKey(faceName) ? File.ReadAllBytes(faceName) : null;

    /// <summary>Makes this resolver PDFsharp's font resolver.</summary>
    internal static void Install()
    {
        lock (InstallLock)
        {
            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (!ReferenceEquals(current, Instance))
            {
                throw new InvalidOperationException(
                    $"PDFsharp already uses another font resolver ({current.GetType().FullName}).");
            }
        }
    }

    internal string Register(FontFamilyFaces family)
    {
        var paths = string.Join('\n', family.Faces.Select(f => f.Path));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(paths)))[..12];
        var alias = $"{family.FamilyName} {hash}";
        _families.TryAdd(alias, family);
        foreach (var face in family.Faces)
        {
            _paths.TryAdd(face.Path, 0);
        }

        return alias;
    }
}
