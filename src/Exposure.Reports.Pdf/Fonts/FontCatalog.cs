namespace Exposure.Reports.Pdf.Fonts;

/// <summary>The TrueType fonts found on this machine and the families chosen for report text.</summary>
public sealed class FontCatalog
{
    private const string LatinProbe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:%()-";
    private const string CjkProbe = "海康威视浙江大华技术股份有限公司的一是";

    private FontCatalog(
        FontFamilyFaces main,
        FontFamilyFaces? cjk,
        IReadOnlyList<FontFamilyFaces> fallbacks,
        IReadOnlyList<FontFace> faces,
        IReadOnlyList<string> searchedDirectories)
    {
        Main = main;
        Cjk = cjk;
        Fallbacks = fallbacks;
        Faces = faces;
        SearchedDirectories = searchedDirectories;
    }

    public static IReadOnlyList<string> PreferredLatinFamilies { get; } =
    [
        "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Arimo", "FreeSans",
        "Nimbus Sans", "Nimbus Sans L", "TeX Gyre Heros", "Open Sans", "Roboto", "Segoe UI", "Verdana", "Tahoma",
    ];

    public static IReadOnlyList<string> PreferredCjkFamilies { get; } =
    [
        "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
        "WenQuanYi Micro Hei", "Droid Sans Fallback", "Arial Unicode MS", "DengXian", "SimHei", "Microsoft YaHei",
        "SimSun", "Noto Sans CJK JP", "Noto Sans CJK TC",
    ];

    /// <summary>The family for all Latin text.</summary>
    public FontFamilyFaces Main { get; }

    /// <summary>The font used for Chinese, Japanese and Korean characters, when one was found.</summary>
    public FontFamilyFaces? Cjk { get; }

    /// <summary>Families tried in order for characters the main family lacks (other Latin families, then CJK).</summary>
    public IReadOnlyList<FontFamilyFaces> Fallbacks { get; }

    /// <summary>Every usable face found, caller folders first.</summary>
    public IReadOnlyList<FontFace> Faces { get; }

    public IReadOnlyList<string> SearchedDirectories { get; }

    /// <summary>
    /// Scans the caller's folders (searched first, so their fonts win over system fonts of the same family) and,
    /// unless disabled, the system font folders.
    /// </summary>
    /// <exception cref="FontNotFoundException">No TrueType family covering basic Latin text was found.</exception>
    public static FontCatalog Discover(IEnumerable<string>? extraDirectories = null, bool includeSystemDirectories = true)
    {
        var extra = (extraDirectories ?? []).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        var missing = extra.Where(d => !Directory.Exists(d)).ToList();
        if (missing.Count > 0)
        {
            throw new DirectoryNotFoundException($"Font folder not found: {string.Join(", ", missing)}");
        }

        var system = includeSystemDirectories ? FontDirectories.System().Except(extra).ToList() : [];
        var extraFaces = ScanFaces(extra);
        var systemFaces = ScanFaces(system);
        var faces = extraFaces.Concat(systemFaces).ToList();
        var searched = extra.Concat(system).ToList();
        var familyList = GroupFamilies(faces);
        var families = familyList.ToDictionary(f => f.FamilyName, StringComparer.OrdinalIgnoreCase);

        var main = PickPreferred(families, PreferredLatinFamilies, LatinProbe)
            ?? GroupFamilies(extraFaces).FirstOrDefault(f => Covers(f.Regular, LatinProbe))
            ?? throw new FontNotFoundException(searched);

        var cjk = PickPreferred(families, PreferredCjkFamilies, CjkProbe)
            ?? familyList.FirstOrDefault(f => f != main && Covers(f.Regular, CjkProbe));

        var fallbacks = PreferredLatinFamilies
            .Select(name => families.GetValueOrDefault(name))
            .OfType<FontFamilyFaces>()
            .Where(f => f != main && f != cjk)
            .Append(cjk)
            .OfType<FontFamilyFaces>()
            .ToList();

        return new FontCatalog(main, cjk, fallbacks, faces, searched);
    }

    private static List<FontFace> ScanFaces(IEnumerable<string> directories)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MaxRecursionDepth = 12,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        return directories
            .SelectMany(directory => Directory.EnumerateFiles(directory, "*", options)
                .Where(IsCandidateFile)
                .Order(StringComparer.Ordinal))
            .Select(FontFace.TryRead)
            .OfType<FontFace>()
            .ToList();
    }

    private static bool IsCandidateFile(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".ttf", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".otf", StringComparison.OrdinalIgnoreCase);
    }

    private static List<FontFamilyFaces> GroupFamilies(IEnumerable<FontFace> faces) =>
        faces
            .GroupBy(f => f.FamilyName, StringComparer.OrdinalIgnoreCase)
            .Select(g => FontFamilyFaces.FromFaces(g))
            .OfType<FontFamilyFaces>()
            .ToList();

    private static FontFamilyFaces? PickPreferred(
        Dictionary<string, FontFamilyFaces> families, IEnumerable<string> preferred, string probe) =>
        preferred
            .Select(name => families.GetValueOrDefault(name))
            .FirstOrDefault(f => f is not null && Covers(f.Regular, probe));

    private static bool Covers(FontFace face, string probe) =>
        probe.EnumerateRunes().All(r => face.HasGlyph(r.Value));
}
