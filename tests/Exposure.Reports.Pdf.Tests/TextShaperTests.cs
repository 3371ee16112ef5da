using Exposure.Reports.Pdf.Fonts;
using Xunit.Abstractions;

namespace Exposure.Reports.Pdf.Tests;

public sealed class TextShaperTests(ITestOutputHelper output)
{
    private readonly TextShaper _shaper = new(TestFonts.Set);

    [Fact]
    public void Latin_text_with_diacritics_and_punctuation_can_be_rendered()
    {
        Assert.True(_shaper.CanRender("Ürümqi, Xinjiang – “Hikvision” (€ 1,234.5%)"));
    }

    [Fact]
    public void Arabic_script_is_reported_as_unrenderable_because_it_needs_shaping()
    {
        var uyghur = "ئۇيغۇر";

        Assert.False(_shaper.CanRender(uyghur));
        Assert.Contains((int)'ئ', _shaper.FindUnrenderable(uyghur));
    }

    [Fact]
    public void Invisible_characters_are_removed_and_text_is_composed()
    {
        Assert.Equal("Ürümqi", TextShaper.Normalize("U\u0308ru\u0308m\u200Bqi\uFEFF"));
        Assert.Equal("a b", TextShaper.Normalize("a\tb"));
    }

    [Fact]
    public void Chinese_characters_fall_back_to_the_cjk_font()
    {
        var fonts = TestFonts.Set;
        var runs = _shaper.Shape("Hikvision 海康威视 Dahua", bold: false, italic: false);
        if (fonts.Catalog.Cjk is not { } cjk)
        {
            output.WriteLine("No CJK font here: the Chinese characters are reported instead of drawn as boxes.");
            Assert.Contains(runs, r => !r.IsRenderable && r.Text.Contains('海'));
            Assert.False(_shaper.CanRender("海康威视"));
            return;
        }

        var cjkIndex = fonts.Families.ToList().IndexOf(cjk);
        Assert.Equal(
            [new ShapedRun("Hikvision ", 0), new ShapedRun("海康威视 ", cjkIndex), new ShapedRun("Dahua", 0)],
            runs);
        Assert.True(_shaper.CanRender("浙江大华技术股份有限公司"));
    }
}
