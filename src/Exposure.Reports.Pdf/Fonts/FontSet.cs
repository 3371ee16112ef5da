using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Fonts;

/// <summary>The chosen families ready for drawing: index 0 is the main family, then the fallbacks in order.</summary>
public sealed class FontSet
{
    private readonly string[] _aliases;
    private readonly ConcurrentDictionary<(int Family, double Size, bool Bold, bool Italic), XFont> _fonts = new();

    private FontSet(FontCatalog catalog, IReadOnlyList<FontFamilyFaces> families, string[] aliases)
    {
        Catalog = catalog;
        Families = families;
        _aliases = aliases;
    }

    public FontCatalog Catalog { get; }

    public IReadOnlyList<FontFamilyFaces> Families { get; }

    /// <summary>Registers the catalog's families with PDFsharp (installing <see cref="ExposureFontResolver"/> once per process).</summary>
    public static FontSet Create(FontCatalog catalog)
    {
        ExposureFontResolver.Install();
        var families = new[] { catalog.Main }.Concat(catalog.Fallbacks).ToList();
        var aliases = families.Select(ExposureFontResolver.Instance.Register).ToArray();
        return new FontSet(catalog, families, aliases);
    }

    /// <summary>Finds fonts (see <see cref="FontCatalog.Discover"/>) and registers them.</summary>
    public static FontSet Discover(IEnumerable<string>? extraDirectories = null) =>
        Create(FontCatalog.Discover(extraDirectories));

    public XFont GetFont(int familyIndex, double size, bool bold, bool italic) =>
        _fonts.GetOrAdd((familyIndex, size, bold, italic), key =>
        {
            var style = (key.Bold, key.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            return new XFont(_aliases[key.Family], key.Size, style, XPdfFontOptions.UnicodeDefault);
        });
}
