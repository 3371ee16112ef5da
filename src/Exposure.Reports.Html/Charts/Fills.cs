using System.Globalization;
using Exposure.Core.Reporting;
using Exposure.Reports.Html.Markup;

namespace Exposure.Reports.Html.Charts;

/// <summary>
/// The fills of bars. They differ in shade and texture, never in hue alone, so a chart reads in greyscale and for
/// readers who do not see colour: solid dark (value in companies named by a source), diagonally hatched (related
/// companies), light grey (earlier snapshots), and for categories of allegation the fills of <see cref="CategoryFills"/>,
/// as the PDF draws them.
/// </summary>
internal static class Fills
{
    public const int Named = 0;
    public const int Related = 1;
    public const int Earlier = 2;
    public const string Ink = "#374150";

    /// <summary>The first fill of a category of allegation: <see cref="Category"/> gives <c>CategoryBase + i</c>.</summary>
    private const int CategoryBase = 100;

    /// <summary>
    /// The fill of the <paramref name="index"/>th category of allegation, in the order a chart lists them: every category's
    /// value is value in named companies, so none is hatched diagonally as <see cref="Related"/> is. A chart draws no more
    /// categories than there are fills (<see cref="CategoryFills.Drawn"/>).
    /// </summary>
    public static int Category(int index)
    {
        _ = CategoryFills.For(index);
        return CategoryBase + index;
    }

    /// <summary>The SVG paint for a fill: a colour, or a pattern defined by <see cref="Definitions"/> under <paramref name="prefix"/>.</summary>
    public static string Paint(int fill, string prefix) => fill switch
    {
        Named => Ink,
        Related => $"url(#{prefix}-p1)",
        Earlier => "#a9b0bb",
        >= CategoryBase when CategoryFills.For(fill - CategoryBase) is { Pattern: FillPattern.None } spec => spec.Ground,
        >= CategoryBase => $"url(#{prefix}-c{(fill - CategoryBase).ToString(CultureInfo.InvariantCulture)})",
        _ => throw new ArgumentOutOfRangeException(nameof(fill), fill, "No such fill."),
    };

    /// <summary>The patterns <paramref name="fills"/> use, for a chart's <c>defs</c>.</summary>
    public static void Definitions(HtmlWriter w, string prefix, IEnumerable<int> fills)
    {
        var used = fills.Distinct().Order().ToList();
        w.Open("defs");
        if (used.Contains(Related))
        {
            Pattern(w, $"{prefix}-p1", "#ffffff", 6, p => p.Open("path", ("d", "M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5"), ("stroke", Ink), ("stroke-width", "1.3")).Close("path"));
        }

        foreach (var index in used.Where(f => f >= CategoryBase).Select(f => f - CategoryBase))
        {
            var spec = CategoryFills.For(index);
            var ink = spec.DarkGround ? "#ffffff" : Ink;
            var id = $"{prefix}-c{index.ToString(CultureInfo.InvariantCulture)}";
            switch (spec.Pattern)
            {
                case FillPattern.HorizontalLines:
                    Pattern(w, id, spec.Ground, 4, p => Lines(p, "M0,2 L4,2", ink));
                    break;
                case FillPattern.VerticalLines:
                    Pattern(w, id, spec.Ground, 4, p => Lines(p, "M2,0 L2,4", ink));
                    break;
                case FillPattern.Grid:
                    Pattern(w, id, spec.Ground, 5, p => Lines(p, "M0,2.5 L5,2.5 M2.5,0 L2.5,5", ink));
                    break;
                case FillPattern.SmallDots:
                    Pattern(w, id, spec.Ground, 5, p => Dot(p, 2.5, 0.8, ink));
                    break;
                case FillPattern.LargeDots:
                    Pattern(w, id, spec.Ground, 6, p => Dot(p, 3, 1.7, ink));
                    break;
            }
        }

        w.Close("defs");
    }

    private static void Lines(HtmlWriter w, string d, string ink) =>
        w.Open("path", ("d", d), ("stroke", ink), ("stroke-width", "1")).Close("path");

    private static void Dot(HtmlWriter w, double at, double radius, string ink) =>
        w.Open("circle", ("cx", at.ToString(CultureInfo.InvariantCulture)), ("cy", at.ToString(CultureInfo.InvariantCulture)),
            ("r", radius.ToString(CultureInfo.InvariantCulture)), ("fill", ink)).Close("circle");

    private static void Pattern(HtmlWriter w, string id, string ground, int size, Action<HtmlWriter> draw)
    {
        var s = size.ToString(CultureInfo.InvariantCulture);
        w.Open("pattern", ("id", id), ("width", s), ("height", s), ("patternUnits", "userSpaceOnUse"));
        w.Open("rect", ("width", s), ("height", s), ("fill", ground)).Close("rect");
        draw(w);
        w.Close("pattern");
    }
}
