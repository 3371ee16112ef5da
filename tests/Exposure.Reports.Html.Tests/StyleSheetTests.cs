using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Exposure.Reports.Html.Tests;

/// <summary>
/// The colours of the page's style sheet against WCAG 2.1: every text colour on every background it is used on has a
/// contrast of at least 4.5:1. axe checks the page too, but cannot work out text drawn in the charts or over the banner.
/// </summary>
public sealed partial class StyleSheetTests
{
    private static readonly Dictionary<string, string> Colours = ReadColours();

    [Theory]
    [InlineData("ink", "white")]
    [InlineData("muted", "white")]
    [InlineData("link", "white")]
    [InlineData("ink", "tile")]
    [InlineData("muted", "tile")]
    [InlineData("link", "tile")]
    [InlineData("ink", "note-bg")]
    [InlineData("link", "note-bg")]
    [InlineData("ink", "caveat-bg")]
    [InlineData("ink", "notice-bg")]
    [InlineData("link", "notice-bg")]
    public void Text_colours_have_a_contrast_of_at_least_4_5_to_1(string text, string background)
    {
        var ratio = Contrast(Colours[text], Colours[background]);
        Assert.True(ratio >= 4.5, $"{text} on {background}: {ratio:0.00}:1");
    }

    [Fact]
    public void Bars_differ_from_the_page_and_from_each_other_in_greyscale()
    {
        // Named bars are solid and dark, related ones hatched on white: their outlines and fills stand out from the page at 3:1 or more.
        Assert.True(Contrast(Colours["bar"], Colours["white"]) >= 3);
        Assert.True(Contrast("#a9b0bb", Colours["bar"]) >= 3);
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }

    private static Dictionary<string, string> ReadColours()
    {
        var html = SampleRuns.Bundled.Html;
        var css = new HtmlParser().ParseDocument(html).QuerySelector("style")!.TextContent;
        var colours = Variable().Matches(css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        colours["white"] = "#ffffff";
        return colours;
    }

    [GeneratedRegex(@"--([a-z-]+):\s*(#[0-9a-fA-F]{6});")]
    private static partial Regex Variable();
}
