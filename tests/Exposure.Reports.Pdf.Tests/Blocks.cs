using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Tests;

internal static class Blocks
{
    /// <summary>The visible text of a block, line by line.</summary>
    public static string TextOf(LayoutBlock block) => block.Text;

    /// <summary>
    /// Placed blocks with text that would be drawn as an artifact, so a reader would not read them: a block in no
    /// structure element, or a table row without its cells' elements. Blocks that tag parts of their own in elements they
    /// hold (list items, headline tiles) and containers (whose parts are checked where they are placed) are not counted;
    /// repeated table headers are artifacts on purpose.
    /// </summary>
    public static IEnumerable<string> Untagged(IEnumerable<PlacedBlock> placed) =>
        placed
            .Where(b => !b.Repeated && b.Block.Text.Trim().Length > 0)
            .Where(b => b.Block switch
            {
                TableRowBlock row => row.CellStructure is null,
                _ when b.Block.GetType().Name is "IndentedLineBlock" or "TileRowBlock" or nameof(StackBlock) or "ColumnsBlock" => false,
                _ => b.Block.Structure is null,
            })
            .Select(b => $"{b.Block.GetType().Name}: {b.Block.Text}");

    /// <summary>
    /// The text of a run of blocks as a reader takes it in, one line per paragraph, table row, list item, tile or chart bar:
    /// the lines of a paragraph, a callout or a list item are joined with spaces, so the result does not depend on where
    /// the fonts at hand wrap the lines.
    /// </summary>
    public static IReadOnlyList<string> ReadingText(IEnumerable<LayoutBlock> blocks)
    {
        var result = new List<string>();
        string? open = null;
        Type? openType = null;
        foreach (var block in blocks)
        {
            var type = block.GetType();
            var flows = type.Name is "TextLineBlock" or "CalloutBlock" or "IndentedLineBlock";
            var text = block.Text;
            var continues = flows && open is not null && openType == type && !(type.Name == "IndentedLineBlock" && !text.StartsWith("  ", StringComparison.Ordinal));
            if (continues)
            {
                open = open!.Length == 0 ? text.Trim() : text.Length == 0 ? open : $"{open} {text.Trim()}";
                continue;
            }

            if (open is { Length: > 0 })
            {
                result.Add(open);
            }

            open = null;
            openType = null;
            if (flows && text.Length > 0)
            {
                open = text;
                openType = type;
            }
            else if (flows)
            {
                open = "";
                openType = type;
            }
            else if (text.Length > 0)
            {
                result.AddRange(text.Split('\n'));
            }
        }

        if (open is { Length: > 0 })
        {
            result.Add(open);
        }

        return result;
    }
}
