namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// Keeps a heading with the first rows of what it introduces. A heading always keeps with its first line; where a short
/// introduction (a few lines of text, as a note before a table) leads to a table, chart, list or box, the heading and the
/// introduction keep with that content's first block too, so a heading and its note never end a page whose table starts
/// on the next. Where the introduction leads to a heading of a lower level (a section's note, then its first part's
/// heading), the first heading and its introduction keep with the second, which keeps with what it introduces in turn: a
/// section's opening is never left at a page's foot above a page that starts with its first part. A heading of the same
/// or a higher level starts something else, and the heading before it keeps with its own text only. A table's header row keeps with
/// its first row, so the heading travels with at least one row.
/// </summary>
internal static class HeadingKeep
{
    /// <summary>Lines of text between a heading and what it introduces beyond which the heading keeps with its text alone.</summary>
    public const int IntroductionLines = 6;

    public static List<LayoutBlock> Apply(List<LayoutBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].EndsHeading || Introduced(blocks, i + 1, blocks[i].HeadingLevel) is not { } content)
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
    /// The index of the first block after a short introduction that is neither text nor space (a heading of a lower
    /// level than <paramref name="level"/> among them), or null when there is none before a page break or a heading of
    /// the same or a higher level.
    /// </summary>
    private static int? Introduced(List<LayoutBlock> blocks, int start, int level)
    {
        var lines = 0;
        for (var j = start; j < blocks.Count; j++)
        {
            switch (blocks[j])
            {
                case PageBreakBlock:
                    return null;
                // A part's heading: this one keeps with it, and it with what it introduces (its own turn of this loop).
                case { EndsHeading: true } when blocks[j].HeadingLevel > level:
                    return j;
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
