using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Csv;

/// <summary>
/// Broken lines in a holdings CSV file: an unclosed quote and lines with fewer fields than the header are rejected inside
/// the data block, while blank lines and the footer after the last row stay not-a-holding.
/// </summary>
public sealed class CsvHoldingsReaderBrokenLinesTests : IDisposable
{
    private const string Footer = "\u00A0\n\"The content contained herein is owned or licensed by BlackRock.\nHoldings subject to change.\n\nSee the prospectus.\"\nHoldings subject to change.\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The items of a file, checked against the oracle and for every line in exactly one item, as (line, lines, state).</summary>
    private List<(int Line, int Lines, string State)> Read(string text)
    {
        var path = _temp.File("h.csv", text);
        SpanReaderEquivalenceTests.AssertSameAsOracle(path, "h.csv");
        var items = CsvHoldingsReader.Read(path, "h.csv").ToList();
        Items.AssertWellFormed(items);
        return items.Select(i => i switch
        {
            NotAHolding n => (n.Source.Line, n.Source.LineCount, n.What),
            Rejected r => (r.Source.Line, r.Source.LineCount, "rejected: " + r.Reason),
            HoldingRead h => (h.Row.Source.Line, h.Row.Source.LineCount, "holding " + h.Row.Name),
            _ => (0, 0, ""),
        }).Where(i => i.Item1 > 0).ToList();
    }

    [Fact]
    public void An_unclosed_quote_in_the_first_row_rejects_the_lines_it_takes_in()
    {
        var items = Read("Name,ISIN,Market Value\n\"Zijin Mining Group Co Ltd,,50000\nTBEA Co Ltd,,6000\n");

        Assert.Equal(
            [(1, 1, "header"), (2, 2, "rejected: an opening quote on line 2 is never closed (lines 2\u20133 read as one field): '\"Zijin Mining Group Co Ltd,,50000 TBEA Co Ltd,,6000'")],
            items);
    }

    [Fact]
    public void An_unclosed_quote_mid_data_rejects_the_lines_up_to_the_next_quote_and_the_rows_after_read()
    {
        var items = Read("Name,ISIN,Market Value\nApple Inc,US0378331005,100\n\"Zijin Mining Group Co Ltd,,50000\nTBEA Co Ltd,,6000\n\"Microsoft\",US5949181045,\"200\"\nTesla,US88160R1014,300\n");

        Assert.Equal((1, 1, "header"), items[0]);
        Assert.Equal((2, 1, "holding Apple Inc"), items[1]);
        Assert.Equal(3, items[2].Line);
        Assert.Equal(3, items[2].Lines);
        Assert.StartsWith("rejected: an opening quote on line 3 is never closed (lines 3\u20135 read as one field)", items[2].State, StringComparison.Ordinal);
        Assert.Equal((6, 1, "holding Tesla"), items[3]);
        Assert.Equal(4, items.Count);
    }

    [Fact]
    public void An_unclosed_quote_on_the_last_line_is_rejected()
    {
        var items = Read("Name,ISIN,Market Value\nApple Inc,US0378331005,100\n\"Zijin Mining Group Co Ltd,,50000\n");

        Assert.Equal((3, 1, "rejected: a quote opened in this row is never closed ('\"Zijin Mining Group Co Ltd,,50000')"), items[^1]);
    }

    [Fact]
    public void An_unclosed_quote_after_the_blank_line_that_ends_the_data_is_rejected_not_taken_for_footer()
    {
        var items = Read("Name,ISIN,Market Value\nApple Inc,US0378331005,100\n\u00A0\n\"Zijin Mining Group Co Ltd,,50000\nTBEA Co Ltd,,6000\n");

        Assert.Equal((3, 1, "blank line"), items[2]);
        Assert.Equal(4, items[3].Line);
        Assert.StartsWith("rejected: an opening quote on line 4 is never closed (lines 4\u20135 read as one field)", items[3].State, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_lines_inside_the_data_block_are_rejected_with_their_field_count()
    {
        var items = Read(
            "Name,ISIN,Market Value,Weight\nApple Inc,US0378331005,\"1,000,000\",30\nHangzhou Hikvision Digital Technology Co Ltd,CNE100000PM8\n" +
            "Zijin Mining Group Co Ltd\nTBEA Co Ltd,,5000,1,extra\n");

        Assert.Equal(
            [
                (1, 1, "header"),
                (2, 1, "holding Apple Inc"),
                (3, 1, "rejected: has 2 fields where the header has 4"),
                (4, 1, "rejected: has 1 field where the header has 4"),
                (5, 1, "rejected: has 5 fields where the header has 4"),
            ],
            items);
    }

    [Fact]
    public void A_short_line_after_a_blank_line_is_inside_the_data_block_when_rows_follow_it()
    {
        var items = Read("Name,ISIN,Market Value\nApple Inc,US0378331005,100\n\nZijin Mining Group Co Ltd\n\nTesla,US88160R1014,300\n");

        Assert.Equal(
            [
                (1, 1, "header"), (2, 1, "holding Apple Inc"), (3, 1, "blank line"), (4, 1, "rejected: has 1 field where the header has 3"),
                (5, 1, "blank line"), (6, 1, "holding Tesla"),
            ],
            items);
    }

    [Fact]
    public void A_short_line_right_after_the_last_row_and_before_the_footer_is_rejected()
    {
        var items = Read("Name,ISIN,Market Value\nApple Inc,US0378331005,100\nZijin Mining Group Co Ltd\n" + Footer);

        Assert.Equal(
            [
                (1, 1, "header"), (2, 1, "holding Apple Inc"), (3, 1, "rejected: has 1 field where the header has 3"), (4, 1, "blank line"),
                (5, 4, "footer"), (9, 1, "footer"),
            ],
            items);
    }

    [Fact]
    public void A_short_line_right_after_the_header_is_rejected()
    {
        var items = Read("Name,ISIN,Market Value\nZijin Mining Group Co Ltd\n");

        Assert.Equal([(1, 1, "header"), (2, 1, "rejected: has 1 field where the header has 3")], items);
    }

    [Fact]
    public void The_footer_after_the_blank_line_that_ends_the_data_stays_not_a_holding()
    {
        var items = Read("Name,ISIN,Market Value\nApple Inc,US0378331005,100\n" + Footer + "Source,BlackRock\n\n");

        Assert.Equal(
            [
                (1, 1, "header"), (2, 1, "holding Apple Inc"), (3, 1, "blank line"), (4, 4, "footer"), (8, 1, "footer"), (9, 1, "footer"),
                (10, 1, "blank line"),
            ],
            items);
    }

    [Fact]
    public void A_trailing_line_with_more_than_two_filled_fields_is_rejected()
    {
        var items = Read("Name,ISIN,Market Value,Weight\nApple Inc,US0378331005,100,1\n\nZijin Mining Group Co Ltd,CNE100000502,5000\n");

        Assert.Equal((4, 1, "rejected: has 3 fields where the header has 4"), items[^1]);
    }

    [Fact]
    public void More_lines_after_a_blank_line_than_any_footer_has_are_taken_as_inside_the_data_block()
    {
        var lines = string.Concat(Enumerable.Range(0, ShortLines.MaxWaiting + 1).Select(i => $"Company {i}\n"));
        var items = Read("Name,ISIN,Market Value\nApple Inc,US0378331005,100\n\n" + lines);

        Assert.Equal(ShortLines.MaxWaiting + 1, items.Count(i => i.State == "rejected: has 1 field where the header has 3"));
        Assert.DoesNotContain(items, i => i.State == "footer");
    }

    [SkippableTheory]
    [InlineData("ACWI_holdings_2022-03-10_raw.csv")]
    [InlineData("EEM_holdings_2025-01_trimmed.csv")]
    public void The_real_ishares_files_keep_their_blank_lines_and_footer_as_not_a_holding(string fileName)
    {
        var path = RepoPaths.SharedSample(fileName);
        Skip.If(path is null, $"missing {RepoPaths.Absent(fileName)}");
        var items = CsvHoldingsReader.Read(path!, fileName).ToList();
        var lines = Items.AssertWellFormed(items);

        var lastRow = items.FindLastIndex(i => i is HoldingRead);
        var after = items.Skip(lastRow + 1).Where(i => i is not EndOfFile).ToList();
        Assert.All(after, i => Assert.IsType<NotAHolding>(i));
        Assert.DoesNotContain(items, i => i is NotAHolding { What: "note" });
        Assert.DoesNotContain(items, i => i is Rejected r && r.Reason.Contains(" where the header has", StringComparison.Ordinal));
        if (fileName.Contains("raw", StringComparison.Ordinal))
        {
            Assert.Equal(["blank line", "footer"], after.Cast<NotAHolding>().Select(n => n.What));
            var footer = ((NotAHolding)after[1]).Source;
            Assert.True(footer.LineCount > 5, $"footer of {footer.LineCount} lines");
            Assert.Equal(lines, footer.Line + footer.LineCount - 1);
        }
        else Assert.Empty(after);
    }
}
