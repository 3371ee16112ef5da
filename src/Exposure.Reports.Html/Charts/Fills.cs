using System.Globalization;
using Exposure.Reports.Html.Markup;

namespace Exposure.Reports.Html.Charts;

/// <summary>
/// The fills of bars. They differ in shade and texture, never in hue alone, so a chart reads in greyscale and for
/// readers who do not see colour: solid dark (value in companies named by a source), diagonally hatched (related
/// companies), then light grey, dotted, cross-hatched, outlined, horizontal and vertical lines for further series.
/// </summary>
internal static class Fills
{
    public const int Named = 0;
    public const int Related = 1;
    public const string Ink = "#374150";

    public static int Count => 8;

    /// <summary>
    /// The fills of categories of allegation, in the order a chart lists them: every category's value is value in named
    /// companies, so none is hatched diagonally as <see cref="Related"/> is (nor cross-hatched, which reads as it).
    /// </summary>
    private static readonly int[] Categories = [Named, 2, 3, 6, 5, 7];

    /// <summary>The fill of the <paramref name="index"/>th category of allegation.</summary>
    public static int Category(int index) => Categories[index % Categories.Length];

    /// <summary>The SVG paint for a fill: a colour, or a pattern defined by <see cref="Definitions"/> under <paramref name="prefix"/>.</summary>
    public static string Paint(int fill, string prefix) => (fill % Count) switch
    {
        0 => Ink,
        2 => "#a9b0bb",
        5 => "#ffffff",
        var n => $"url(#{prefix}-p{n.ToString(CultureInfo.InvariantCulture)})",
    };

    /// <summary>The patterns the fills use, for a chart's <c>defs</c>.</summary>
    public static void Definitions(HtmlWriter w, string prefix)
    {
        w.Open("defs");
        Pattern(w, prefix, 1, 6, "M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5", null);
        Pattern(w, prefix, 3, 5, null, "M2.5,1.5 a1,1 0 1,0 0.01,0");
        Pattern(w, prefix, 4, 6, "M0,0 L6,6 M0,6 L6,0", null);
        Pattern(w, prefix, 6, 4, "M0,2 L4,2", null);
        Pattern(w, prefix, 7, 4, "M2,0 L2,4", null);
        w.Close("defs");
    }

    private static void Pattern(HtmlWriter w, string prefix, int fill, int size, string? lines, string? dots)
    {
        var s = size.ToString(CultureInfo.InvariantCulture);
        w.Open("pattern", ("id", $"{prefix}-p{fill.ToString(CultureInfo.InvariantCulture)}"), ("width", s), ("height", s), ("patternUnits", "userSpaceOnUse"));
        w.Open("rect", ("width", s), ("height", s), ("fill", "#ffffff")).Close("rect");
        if (lines is not null)
        {
            w.Open("path", ("d", lines), ("stroke", Ink), ("stroke-width", "1.3")).Close("path");
        }

        if (dots is not null)
        {
            w.Open("path", ("d", dots), ("stroke", Ink), ("stroke-width", "1.6"), ("fill", Ink)).Close("path");
        }

        w.Close("pattern");
    }
}
