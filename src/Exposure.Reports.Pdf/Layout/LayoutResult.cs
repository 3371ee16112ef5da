namespace Exposure.Reports.Pdf.Layout;

/// <summary>The outcome of laying out a document: its pages and any text that could not be drawn as given.</summary>
public sealed class LayoutResult
{
    internal LayoutResult(IReadOnlyList<PageLayout> pages, IReadOnlyCollection<int> unrenderable, int fallbacksUsed, int oversizedBlocks)
    {
        Pages = pages;
        UnrenderableCodePoints = unrenderable;
        FallbacksUsed = fallbacksUsed;
        OversizedBlocks = oversizedBlocks;
    }

    public IReadOnlyList<PageLayout> Pages { get; }

    public int PageCount => Pages.Count;

    /// <summary>Code points that no available font has (or whose script needs shaping); each was drawn as '?'.</summary>
    public IReadOnlyCollection<int> UnrenderableCodePoints { get; }

    /// <summary>How many spans were replaced by their fallback text.</summary>
    public int FallbacksUsed { get; }

    /// <summary>Blocks taller than a page that could not be split; they run past the bottom of the body.</summary>
    public int OversizedBlocks { get; }

    /// <summary>Bookmarks with the page (one-based) and vertical position where each lands.</summary>
    public IEnumerable<(OutlineEntry Entry, int Page, double Top)> Outline =>
        Pages.SelectMany(p => p.Blocks
            .Where(b => b.Block.Bookmark is not null)
            .Select(b => (b.Block.Bookmark!, p.Info.Number, b.Position.Y)));
}
