using Exposure.Reports.Pdf.Fonts;
using Exposure.TestSupport;
using PdfSharp.Drawing;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests;

public sealed class FontCatalogTests(ITestOutputHelper output) : IDisposable
{
    private const string DebianDejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private readonly string _temp = Directory.CreateTempSubdirectory("exposure-fonts-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Main_family_resolves_all_four_styles()
    {
        var catalog = TestFonts.Catalog;
        output.WriteLine($"Main: {catalog.Main.FamilyName}; faces: {string.Join(", ", catalog.Main.Faces.Select(f => Path.GetFileName(f.Path)))}");
        output.WriteLine($"Fallbacks: {string.Join(", ", catalog.Fallbacks.Select(f => f.FamilyName))}");

        foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            var (face, _) = catalog.Main.Select(bold, italic);
            Assert.True(File.Exists(face.Path));
            Assert.True(face.HasGlyph('A'));
        }
    }

    [SkippableFact]
    public void Debian_DejaVu_Sans_is_the_main_family_when_installed()
    {
        Requires.That(File.Exists(DebianDejaVu), $"{DebianDejaVu} (apt-get install fonts-dejavu-core)");

        var main = TestFonts.Catalog.Main;
        Assert.Equal("DejaVu Sans", main.FamilyName);
        Assert.Equal(DebianDejaVu, main.Regular.Path);
        Assert.EndsWith("DejaVuSans-Bold.ttf", main.Bold?.Path);
        Assert.EndsWith("DejaVuSans-Oblique.ttf", main.Italic?.Path);
        Assert.EndsWith("DejaVuSans-BoldOblique.ttf", main.BoldItalic?.Path);
    }

    [SkippableFact]
    public void Cjk_fallback_has_glyphs_for_chinese_company_names_when_installed()
    {
        var cjk = TestFonts.Catalog.Cjk;
        Requires.That(cjk is not null, "a CJK TrueType font (apt-get install fonts-droid-fallback)");

        output.WriteLine($"CJK fallback: {cjk.Regular}");
        foreach (var rune in "海康威视浙江大华技术股份有限公司".EnumerateRunes())
        {
            Assert.True(cjk.Regular.HasGlyph(rune.Value), $"{rune} missing in {cjk.Regular.Path}");
        }

        Assert.False(TestFonts.Catalog.Main.Regular.HasGlyph('海'));
    }

    [SkippableFact]
    public void Droid_Sans_Fallback_is_found_when_installed()
    {
        const string droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
        Requires.That(File.Exists(droid), $"{droid} (apt-get install fonts-droid-fallback)");

        var face = FontFace.TryRead(droid);
        Assert.NotNull(face);
        Assert.Equal("Droid Sans Fallback", face.FamilyName);
        Assert.True(face.CharacterMap.CodePointCount > 20_000);
        Assert.Contains(TestFonts.Catalog.Fallbacks, f => f.FamilyName == "Droid Sans Fallback");
    }

    [Fact]
    public void A_font_folder_without_fonts_gives_an_actionable_one_line_error()
    {
        File.WriteAllText(Path.Combine(_temp, "readme.txt"), "no fonts here");

        var error = Assert.Throws<FontNotFoundException>(() => FontCatalog.Discover([_temp], includeSystemDirectories: false));

        Assert.Contains("fonts-dejavu-core", error.Message);
        Assert.Contains("--font-dir", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal([_temp], error.SearchedDirectories);
    }

    [Fact]
    public void A_missing_font_folder_is_reported()
    {
        var missing = Path.Combine(_temp, "does-not-exist");

        Assert.Throws<DirectoryNotFoundException>(() => FontCatalog.Discover([missing]));
    }

    [Fact]
    public void Fonts_in_a_caller_folder_are_used()
    {
        var source = TestFonts.Catalog.Main.Regular;
        var copy = Path.Combine(_temp, "nested", Path.GetFileName(source.Path));
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(source.Path, copy);

        var catalog = FontCatalog.Discover([_temp], includeSystemDirectories: false);

        Assert.Equal(source.FamilyName, catalog.Main.FamilyName);
        Assert.Equal(copy, catalog.Main.Regular.Path);
        Assert.Equal(XStyleSimulations.BoldSimulation, catalog.Main.Select(bold: true, italic: false).Simulations);
    }

    [Theory]
    [InlineData("ttcf", "collection.ttc")]
    [InlineData("OTTO", "postscript-outlines.otf")]
    [InlineData("wOFF", "web.ttf")]
    public void Collections_and_non_TrueType_outlines_are_skipped(string signature, string fileName)
    {
        var path = Path.Combine(_temp, fileName);
        var bytes = new byte[64];
        System.Text.Encoding.ASCII.GetBytes(signature).CopyTo(bytes, 0);
        File.WriteAllBytes(path, bytes);

        Assert.Null(FontFace.TryRead(path));
    }

    [Fact]
    public void System_folders_are_existing_directories()
    {
        var folders = FontDirectories.System();
        output.WriteLine(string.Join(Environment.NewLine, folders));

        Assert.All(folders, f => Assert.True(Directory.Exists(f)));
    }
}
