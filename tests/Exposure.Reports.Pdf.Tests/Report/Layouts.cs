using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Tests.Report;

internal static class Layouts
{
    /// <summary>Every block on every page ends above the bottom of the page body, and starts inside it.</summary>
    public static void AssertInsideBodies(LayoutResult layout)
    {
        foreach (var page in layout.Pages)
        {
            foreach (var placed in page.Blocks)
            {
                Assert.True(placed.Position.Y >= page.Body.Top - 0.01, $"a block starts above the body on page {page.Info.Number}");
                Assert.True(placed.Position.Y + placed.Block.Height <= page.Body.Bottom + 0.01, $"a block runs past the body on page {page.Info.Number}");
            }
        }
    }

    /// <summary>The blocks from the bookmark <paramref name="from"/> up to (not including) the bookmark <paramref name="to"/>, across pages.</summary>
    public static IEnumerable<LayoutBlock> Between(LayoutResult layout, string from, string? to)
    {
        var inside = false;
        foreach (var placed in layout.Pages.SelectMany(p => p.Blocks))
        {
            if (placed.Block.Bookmark is { } mark)
            {
                if (mark.Title == from)
                {
                    inside = true;
                }
                else if (inside && mark.Title == to)
                {
                    yield break;
                }
            }

            if (inside)
            {
                yield return placed.Block;
            }
        }
    }
}
