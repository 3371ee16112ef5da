using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Tests;

internal static class Blocks
{
    /// <summary>The visible text of a block, line by line.</summary>
    public static string TextOf(LayoutBlock block) => block switch
    {
        TextLineBlock line => line.Line.Text,
        StackBlock stack => string.Join("\n", stack.Blocks.Select(TextOf)),
        TableRowBlock row => string.Join(" | ", row.Cells.Select(c => string.Join(" ", c.Select(l => l.Text)))),
        _ => "",
    };
}
