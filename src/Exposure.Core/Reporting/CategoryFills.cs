using System.Globalization;

namespace Exposure.Core.Reporting;

/// <summary>What is drawn over a bar's ground: dark ink, or white on a dark ground. Never diagonal lines, which mark related value.</summary>
public enum FillPattern
{
    /// <summary>The ground alone.</summary>
    None,
    HorizontalLines,
    VerticalLines,

    /// <summary>Horizontal and vertical lines: a square grid.</summary>
    Grid,
    SmallDots,
    LargeDots,
}

/// <summary>How the bars of one series are painted: a ground (<c>#rrggbb</c>, shades of grey) and a pattern over it.</summary>
public sealed record SeriesFill(string Ground, FillPattern Pattern)
{
    /// <summary>The ground is dark, so its pattern is drawn in white.</summary>
    public bool DarkGround => Grey < 0.4;

    /// <summary>The ground's lightness, 0 (black) to 1 (white), as a greyscale print shows it.</summary>
    public double Grey
    {
        get
        {
            var (r, g, b) = Rgb;
            return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
        }
    }

    /// <summary>The ground's red, green and blue, 0 to 255.</summary>
    public (int R, int G, int B) Rgb => (Channel(1), Channel(3), Channel(5));

    private int Channel(int at) => int.Parse(Ground.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}

/// <summary>
/// The fills of the series of a chart of categories of allegation, in the order the chart lists them, for the PDF and the
/// web page alike: series <c>i</c> looks the same in both. They differ in shade, dot size and line direction, never in hue
/// alone, so they stay apart printed in greyscale; none is hatched diagonally, as value in related companies is, since
/// every category's value is value in named companies. A chart draws at most <see cref="Count"/> categories (<see cref="Drawn"/>),
/// so no two of its series ever share a fill.
/// </summary>
public static class CategoryFills
{
    /// <summary>Every fill, in order: the first is the solid dark of value in named companies.</summary>
    public static IReadOnlyList<SeriesFill> All { get; } =
    [
        new("#374150", FillPattern.None),
        new("#969eaa", FillPattern.None),
        new("#ffffff", FillPattern.HorizontalLines),
        new("#e1e4e8", FillPattern.None),
        new("#ffffff", FillPattern.VerticalLines),
        new("#c8cdd4", FillPattern.Grid),
        new("#ffffff", FillPattern.SmallDots),
        new("#374150", FillPattern.HorizontalLines),
        new("#969eaa", FillPattern.LargeDots),
        new("#ffffff", FillPattern.LargeDots),
        new("#969eaa", FillPattern.VerticalLines),
        new("#374150", FillPattern.SmallDots),
    ];

    /// <summary>How many categories a chart can tell apart.</summary>
    public static int Count => All.Count;

    /// <summary>The fill of the <paramref name="index"/>th series; there is none past <see cref="Count"/>.</summary>
    public static SeriesFill For(int index) =>
        index >= 0 && index < Count ? All[index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"A chart draws at most {Count} categories, each in a fill of its own.");

    /// <summary>
    /// The categories (each with its list, where several lists are screened together) a chart of <paramref name="funds"/>
    /// draws, in the order of its series: by name, then list. Past <see cref="Count"/>, those with the largest flagged weight
    /// in any of the funds are drawn (<see cref="Wording.CategoriesDrawn"/> says so); the others stay in the tables.
    /// </summary>
    public static CategorySeries Drawn(IEnumerable<FundExposure> funds)
    {
        ArgumentNullException.ThrowIfNull(funds);
        var all = funds.SelectMany(f => f.ByCategory).GroupBy(x => (x.Category, x.List))
            .Select(g => (g.Key, Weight: g.Max(x => x.Weight ?? decimal.MinValue))).ToList();
        var drawn = all.Count <= Count ? all.Select(x => x.Key)
            : all.OrderByDescending(x => x.Weight).ThenBy(x => x.Key.Category, StringComparer.Ordinal).ThenBy(x => x.Key.List, StringComparer.Ordinal).Take(Count).Select(x => x.Key);
        return new CategorySeries(
            drawn.OrderBy(x => x.Category, StringComparer.Ordinal).ThenBy(x => x.List, StringComparer.Ordinal).ToList(), all.Count);
    }
}

/// <summary>The categories a chart draws, in order, each in <see cref="CategoryFills.For"/> its index; and how many the funds have in all.</summary>
public sealed record CategorySeries(IReadOnlyList<(string Category, string? List)> Series, int Total)
{
    /// <summary>The index of a category's series, or -1 where it is not drawn.</summary>
    public int IndexOf(CategoryExposure category)
    {
        ArgumentNullException.ThrowIfNull(category);
        for (var i = 0; i < Series.Count; i++)
        {
            if (Series[i].Category == category.Category && Series[i].List == category.List)
            {
                return i;
            }
        }

        return -1;
    }
}
