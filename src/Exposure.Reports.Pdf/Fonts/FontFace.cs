namespace Exposure.Reports.Pdf.Fonts;

/// <summary>One TrueType font file usable by PDFsharp: a single face (not a collection) with TrueType outlines.</summary>
public sealed class FontFace
{
    private readonly Lazy<CharacterMap> _characterMap;

    private FontFace(string path, string familyName, string styleName, bool isBold, bool isItalic, SfntFile file)
    {
        Path = path;
        FamilyName = familyName;
        StyleName = styleName;
        IsBold = isBold;
        IsItalic = isItalic;
        _characterMap = new Lazy<CharacterMap>(file.ReadCharacterMap, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public string FamilyName { get; }

    public string StyleName { get; }

    public bool IsBold { get; }

    public bool IsItalic { get; }

    /// <summary>Unicode coverage, read from the font's cmap on first use.</summary>
    public CharacterMap CharacterMap => _characterMap.Value;

    public bool HasGlyph(int codePoint) => CharacterMap.Contains(codePoint);

    /// <summary>Reads the face's names and style; null when the file is not a single TrueType-outlined font.</summary>
    public static FontFace? TryRead(string path)
    {
        var file = SfntFile.TryOpen(path);
        if (file is null)
        {
            return null;
        }

        try
        {
            var (family, subfamily) = file.ReadNames();
            if (family.Length == 0)
            {
                return null;
            }

            var (bold, italic) = file.ReadStyle();
            return new FontFace(System.IO.Path.GetFullPath(path), family, subfamily, bold, italic, file);
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidDataException)
        {
            return null;
        }
    }

    public override string ToString() => $"{FamilyName} {StyleName} ({Path})";
}
