using Exposure.Core.Holdings;

namespace Exposure.Readers.Tests;

/// <summary>Checks on what a reader yields that hold for every reader.</summary>
internal static class Items
{
    public static SourceLocation? SourceOf(ReadItem item) => item switch
    {
        NotAHolding n => n.Source,
        Rejected r => r.Source,
        HoldingRead h => h.Row.Source,
        _ => null,
    };

    public static int LinesCovered(IEnumerable<ReadItem> items) => items.Select(SourceOf).Sum(s => s?.LineCount ?? 0);

    /// <summary>
    /// One fund first, the end of file last, nothing else of either kind, the lines adding up to the end's count and, when
    /// <paramref name="contiguous"/>, each item starting where the one before ended. Returns the file's line count.
    /// </summary>
    public static int AssertWellFormed(IReadOnlyList<ReadItem> items, bool contiguous = true)
    {
        Assert.IsType<FundDetected>(items[0]);
        var end = Assert.IsType<EndOfFile>(items[^1]);
        Assert.Single(items.OfType<FundDetected>());
        Assert.Single(items.OfType<EndOfFile>());
        Assert.Equal(end.Lines, LinesCovered(items));
        if (contiguous)
        {
            var next = 1;
            foreach (var source in items.Select(SourceOf).OfType<SourceLocation>())
            {
                Assert.Equal(next, source.Line);
                next += source.LineCount;
            }
        }
        return end.Lines;
    }

    public static List<HoldingRow> Rows(IEnumerable<ReadItem> items) => items.OfType<HoldingRead>().Select(h => h.Row).ToList();
}
