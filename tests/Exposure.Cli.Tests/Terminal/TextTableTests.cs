using Exposure.Cli.Terminal;

namespace Exposure.Cli.Tests.Terminal;

public sealed class TextTableTests
{
    [Fact]
    public void Text_wraps_between_words_and_figures_stay_whole()
    {
        var table = new TextTable([TextColumn.Text("Fund"), TextColumn.Number("Fund value")]);
        table.AddRow("Illustrative Emerging Markets Equity Fund (ILLUSTRATIVE DATA)", "USD 19,144,000");
        var lines = table.Lines(50)!;
        Assert.All(lines, l => Assert.True(TerminalText.Width(l) <= 50, l));
        Assert.Single(lines, l => l.Contains("USD 19,144,000", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ Illustrative Emerging", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_whose_figures_cannot_fit_says_so()
    {
        var table = new TextTable([TextColumn.Text("Fund"), TextColumn.Number("A"), TextColumn.Number("B"), TextColumn.Number("C")]);
        table.AddRow("Fund", "USD 19,144,000,000", "USD 19,144,000,000", "USD 19,144,000,000");
        Assert.Null(table.Lines(60));
        Assert.NotNull(table.Lines(90));
    }

    [Fact]
    public void Wide_characters_take_two_cells()
    {
        Assert.Equal(8, TerminalText.Width("海康威视"));
        var table = new TextTable([TextColumn.Text("Company"), TextColumn.Number("Value")]);
        table.AddRow("海康威视", "1");
        table.AddRow("Hikvision", "2");
        var lines = table.Lines(80)!;
        Assert.Single(lines.Select(TerminalText.Width).Distinct());
    }

    [Fact]
    public void Prose_keeps_a_currency_with_its_amount_and_indents_what_follows()
    {
        var lines = Prose.Wrap($"  looked through GBP{Prose.Bind}23,437,933; named GBP{Prose.Bind}820,385 (3.462%)", 34, "    ");
        Assert.Equal(["  looked through GBP 23,437,933;", "    named GBP 820,385 (3.462%)"], lines);
    }

    [Fact]
    public void Prose_keeps_a_currency_code_with_the_amount_after_it_however_the_text_was_worded()
    {
        // Worded with plain spaces (as the report model words its notes): the break falls before "(GBP", never after it.
        var lines = Prose.Wrap("on the fund value they imply (GBP 10,000,000); on the sum (USD -2,500) instead", 34);
        Assert.Equal(["on the fund value they imply", "(GBP 10,000,000); on the sum", "(USD -2,500) instead"], lines);
        // Codes of four letters (an exchange's) and words that are no amount are not bound.
        Assert.Equal(["on XHKG", "2899 and", "GBP rows"], Prose.Wrap("on XHKG 2899 and GBP rows", 10));
        // A currency and amount wider than a line are wrapped between them rather than cut within the figure.
        Assert.Equal(["GBP", "10,000,000"], Prose.Wrap("GBP 10,000,000", 11));
    }

    [Fact]
    public void Control_characters_are_written_as_escapes()
    {
        Assert.Equal(@"a\x1b[31mb\x00c\x9bd\u202ee\tf\ng", TerminalText.Safe("a\u001b[31mb\0c\u009bd\u202ee\tf\ng"));
        var inner = new StringWriter { NewLine = "\n" };
        using (var writer = new SafeTextWriter(inner) { NewLine = "\n" })
        {
            writer.WriteLine("line\rover\u0007");
            writer.Write("end\r");
        }
        Assert.Equal("line\\rover\\x07\nend\\r", inner.ToString());
    }
}
