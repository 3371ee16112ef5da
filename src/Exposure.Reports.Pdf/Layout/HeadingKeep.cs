namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// Keeps a heading with the first rows of what it introduces. A heading always keeps with its first line; where a short
/// introduction (a few lines of text, as a note before a table) leads to a table, chart, list or box, the heading and the
/// introduction keep with that content's first block too, so a heading and its note never end a page whose table starts
/// on the next. A table's header row keeps with its first row, so the heading travels with at least one row.
/// </summary>
internal static class HeadingKeep
{
    /// <summary>Lines of text between a heading and what it introduces beyond which the heading keeps with its text alone.</summary>
    public const int IntroductionLines = 6;

    public static List<LayoutBlock> Apply(List<LayoutBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].EndsHeading || Introduced(blocks, i + 1) is not { } content)
            {
                continue;
            }

            for (var j = i; j < content; j++)
            {
                blocks[j].KeepWithNext = true;
            }
        }

        return blocks;
    }

    /// <summary>
    /// The index of the first block after a short introduction that is neither text nor space, or null when there is
    /// none before a page break or another heading.
    /// </summary>
    private static int? Introduced(List<LayoutBlock> blocks, int start)
    {
        var lines = 0;
        for (var j = start; j < blocks.Count; j++)
        {
            switch (blocks[j])
            {
                // A page break, or another heading first: that heading keeps with what it introduces itself.
                case PageBreakBlock:
                    return null;
                case { EndsHeading: true }:
                    return null;
                case SpaceBlock:
                    continue;
                case TextLineBlock when ++lines > IntroductionLines:
                    return null;
                case TextLineBlock:
                    continue;
                default:
                    return j;
            }
        }

        return null;
    }
}
