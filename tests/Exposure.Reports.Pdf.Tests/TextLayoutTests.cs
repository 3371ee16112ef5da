using Exposure.Reports.Pdf.Layout;
using Exposure.TestSupport;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Tests;

public sealed class TextLayoutTests : IDisposable
{
    private const string LongText =
        "Exposure lists the investment funds that hold shares of companies alleged to be linked to forced labour " +
        "of Uyghurs and other Turkic and Muslim-majority peoples in the Xinjiang Uyghur Autonomous Region. " +
        "Each holding is matched by ISIN against public reports, and every match carries the source that " +
        "supports it, so that readers can check the allegation themselves before drawing conclusions.";

    private readonly XGraphics _measure = Contexts.NewMeasure();
    private readonly LayoutContext _context;

    public TextLayoutTests()
    {
        _context = Contexts.New(_measure);
    }

    public void Dispose() => _measure.Dispose();

    [Fact]
    public void A_long_paragraph_wraps_into_lines_that_each_measure_within_the_width()
    {
        const double width = 200;

        var lines = _context.LayoutText([LongText], new TextStyle(10), width);

        Assert.True(lines.Count >= 6, $"{lines.Count} lines");
        foreach (var line in lines)
        {
            var measured = line.Fragments.Sum(f => _measure.MeasureString(f.Text, f.Font).Width);
            Assert.InRange(measured, 1, width + 0.01);
            Assert.Equal(measured, line.Width, 6);
            Assert.False(line.Text.StartsWith(' ') || line.Text.EndsWith(' '), $"'{line.Text}'");
        }

        Assert.Equal(LongText, string.Join(" ", lines.Select(l => l.Text)));
        var next = lines.Zip(lines.Skip(1), (a, b) => (a, b));
        Assert.All(next, pair =>
        {
            var firstWord = pair.b.Text.Split(' ')[0];
            var withNextWord = _measure.MeasureString(pair.a.Text + " " + firstWord, pair.a.Fragments[0].Font).Width;
            Assert.True(withNextWord > width, $"'{firstWord}' would have fitted after '{pair.a.Text}'");
        });
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_between_characters()
    {
        var word = string.Concat(Enumerable.Repeat("Xinjiang", 40));
        const double width = 120;

        var lines = _context.LayoutText([word], new TextStyle(10), width);

        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.InRange(l.Width, 1, width + 0.01));
        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void Bold_and_regular_spans_share_lines_and_keep_their_fonts()
    {
        TextSpan[] spans = [new("Holding: "), new("Hangzhou Hikvision Digital Technology") { Bold = true }, new(", 1.2% of the fund.")];

        var lines = _context.LayoutText(spans, new TextStyle(10), 1000);

        var line = Assert.Single(lines);
        Assert.Equal("Holding: Hangzhou Hikvision Digital Technology, 1.2% of the fund.", line.Text);
        Assert.Equal([false, true, false], line.Fragments.Select(f => f.Font.Bold));
        Assert.All(line.Fragments.Zip(line.Fragments.Skip(1)), p => Assert.Equal(p.First.X + p.First.Width, p.Second.X, 6));
    }

    [Fact]
    public void Line_breaks_in_the_text_start_new_lines()
    {
        var lines = _context.LayoutText(["First line\nSecond line\n\nAfter a blank line"], new TextStyle(10), 1000);

        Assert.Equal(["First line", "Second line", "", "After a blank line"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.True(l.Height > 10));
    }

    [Fact]
    public void Right_and_centre_alignment_offset_the_line()
    {
        var right = Assert.Single(_context.LayoutText(["42"], new TextStyle(10), 100, TextAlignment.Right));
        var centre = Assert.Single(_context.LayoutText(["42"], new TextStyle(10), 100, TextAlignment.Center));

        Assert.Equal(100, right.Fragments[0].X + right.Width, 6);
        Assert.Equal(50, centre.Fragments[0].X + centre.Width / 2, 6);
    }

    [SkippableFact]
    public void Chinese_text_wraps_between_characters_when_a_cjk_font_exists()
    {
        Requires.That(TestFonts.Catalog.Cjk is not null, "a CJK TrueType font (apt-get install fonts-droid-fallback)");

        var text = "浙江大华技术股份有限公司和杭州海康威视数字技术股份有限公司";

        var lines = _context.LayoutText([text], new TextStyle(10), 60);

        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.InRange(l.Width, 1, 60.01));
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        var mainFont = TestFonts.Set.GetFont(0, 10, bold: false, italic: false);
        Assert.All(lines.SelectMany(l => l.Fragments), f => Assert.NotSame(mainFont, f.Font));
    }

    [SkippableFact]
    public void Chinese_closing_punctuation_never_starts_a_line()
    {
        Requires.That(TestFonts.Catalog.Cjk is not null, "a CJK TrueType font (apt-get install fonts-droid-fallback)");

        var cjkFont = TestFonts.Set.GetFont(TestFonts.Set.Families.ToList().IndexOf(TestFonts.Catalog.Cjk), 10, bold: false, italic: false);
        var width = _measure.MeasureString("海康威视", cjkFont).Width + 0.5;

        var lines = _context.LayoutText(["海康威视，浙江大华。"], new TextStyle(10), width);

        Assert.Equal(["海康威", "视，浙江", "大华。"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Unrenderable_text_uses_the_fallback_with_a_marker()
    {
        var span = new TextSpan("ئۇيغۇر") { Fallback = "Uyghur" };

        var line = Assert.Single(_context.LayoutText([span], new TextStyle(10), 500));

        Assert.Equal("Uyghur*", line.Text);
        Assert.Equal(1, _context.FallbacksUsed);
        Assert.Empty(_context.UnrenderableCodePoints);
    }

    [Fact]
    public void Unrenderable_text_without_fallback_is_reported_and_shown_as_question_marks()
    {
        var line = Assert.Single(_context.LayoutText(["Name: ئۇي"], new TextStyle(10), 500));

        Assert.Equal("Name: ???", line.Text);
        Assert.Equal([0x626, 0x64A, 0x6C7], _context.UnrenderableCodePoints);
    }
}
