using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.Cli.Terminal;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Terminal;

/// <summary>The summary fits the terminal it is printed on, and never splits a figure across lines.</summary>
public sealed class TerminalWidthTests
{
    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    public static TheoryData<int, string> Widths => new()
    {
        { 80, "scheme" }, { 200, "scheme" }, { 80, "illustrative" }, { 200, "illustrative" }, { 60, "scheme" },
    };

    [Theory]
    [MemberData(nameof(Widths))]
    public void Every_line_fits_and_every_figure_is_whole(int width, string input)
    {
        using var temp = new TempFolder();
        string[] what = input == "scheme" ? ["--portfolio", Scheme] : [];
        var r = CliRunner.RunAt(width, ["report", .. what, "--out", temp.Path, "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.Error);
        var lines = r.Output.TrimEnd('\n').Split('\n');

        Assert.All(lines, l => Assert.True(TerminalText.Width(l) <= width, $"{TerminalText.Width(l)} cells wide: {l}"));
        Assert.All(lines.SelectMany(Figures), f => Assert.Matches(WholeFigure, f));
        Assert.Equal(width >= 200, lines.Any(l => l.StartsWith('╭')));

        // Every money figure of the model is printed whole, its currency beside it.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
        foreach (var f in json.RootElement.GetProperty("funds").EnumerateArray().Where(f => f.GetProperty("fundValueBasis").GetString() != "constituent-weights"))
        {
            var currency = f.GetProperty("currency").GetString();
            var flagged = f.GetProperty("flaggedValue").GetDecimal().ToString("N0", CultureInfo.InvariantCulture);
            Assert.Contains(width >= 200 ? flagged : $"{currency} {flagged}", r.Output);
        }
        if (json.RootElement.GetProperty("portfolio") is { ValueKind: JsonValueKind.Object } p)
            Assert.Contains(p.GetProperty("totalInvested").GetDecimal().ToString("N0", CultureInfo.InvariantCulture), r.Output);
    }

    /// <summary>A custodian's statement whose weights add up to more than the fund: the notes beside the figures give GBP amounts in brackets.</summary>
    private const string Statement =
        "Client Portfolio Statement\tValuation Date 30/09/2026\r\n" +
        "Security Description\tSEDOL\tISIN\tMkt Val (Local)\tLocal Ccy\tMkt Val (GBP)\t% of NAV\r\n" +
        "ZIJIN MINING GROUP CO LTD-H\t6725299\tCNE100000502\t\"HK$15,000,000\"\tHKD\t\"£1,500,000.00\"\t15.00\r\n" +
        "ZTE CORPORATION-H\tB04KP88\tCNE1000004Y2\t\"HK$5,000,000\"\tHKD\t\"£500,000.00\"\t5.00\r\n" +
        "CAFÉ DE CORAL HOLDINGS LTD\t6160953\tBMG1744V1037\t\"HK$4,000,000\"\tHKD\t\"£400,000.00\"\t4.00\r\n" +
        "L'ORÉAL SA\t4057808\tFR0000120321\t\"€3,500,000\"\tEUR\t\"£3,000,000.00\"\t30.00\r\n" +
        "SOCIÉTÉ GÉNÉRALE SA\t5966516\tFR0000130809\t\"€5,800,000\"\tEUR\t\"£5,000,000.00\"\t50.00\r\n" +
        "Sterling cash\t\t\t\"£100,000\"\tGBP\t\"£100,000.00\"\t1.00\r\n" +
        "Grand Total\t\t\t\t\t\"£10,500,000.00\"\t105.00\r\n";

    [Theory]
    [InlineData(60)]
    [InlineData(70)]
    [InlineData(80)]
    [InlineData(83)]
    [InlineData(92)]
    [InlineData(100)]
    public void A_currency_is_never_left_at_the_end_of_a_line_without_its_amount(int width)
    {
        using var temp = new TempFolder();
        var holdings = Path.Combine(temp.Path, "statement.txt");
        File.WriteAllText(holdings, Statement, System.Text.Encoding.Unicode);
        var r = CliRunner.RunAt(width, ["report", "--holdings", holdings, "--out", Path.Combine(temp.Path, "out"), "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.Error);
        var lines = r.Output.TrimEnd('\n').Split('\n');

        Assert.Contains(lines, l => l.Contains("GBP 10,000,000", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(TerminalText.Width(l) <= width, $"{TerminalText.Width(l)} cells wide: {l}"));
        Assert.DoesNotContain(lines, l => CurrencyAtEnd.IsMatch(l));
    }

    private static readonly Regex CurrencyAtEnd = new(@"(^|[\s(])[A-Z]{3}$", RegexOptions.CultureInvariant);

    [SkippableFact]
    public void The_program_reads_the_width_from_COLUMNS_when_its_output_is_not_a_terminal()
    {
        using var temp = new TempFolder();
        var start = new ProcessStartInfo(BuiltProgram.Host(), [BuiltProgram.Path, "report", "--portfolio", Scheme, "--out", temp.Path, "--format", "json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["COLUMNS"] = "80";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the program did not finish in three minutes");
        Assert.True(process.ExitCode == 0, error.Result);
        var lines = output.Result.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(TerminalText.Width(l) <= 80, $"{TerminalText.Width(l)} cells wide: {l}"));
        Assert.Contains("USD 20,800,000", output.Result);
    }

    /// <summary>A number as the summary writes it (1,234,567, 3.750%, a count) or a date; a piece of a split number is none of these.</summary>
    private static readonly Regex WholeFigure = new(@"^((0|[1-9]\d{0,2}(,\d{3})*)(\.\d+)?%?|\d{4}-\d{2}-\d{2})$");

    /// <summary>Every token of a line that holds a digit, with the punctuation around it taken off.</summary>
    private static IEnumerable<string> Figures(string line) =>
        Regex.Split(line, @"[\s│╭╮╰╯├┤┬┴┼─]+")
            .Select(t => t.Trim('(', ')', ';', ':', ',', '.'))
            .Where(t => t.Any(char.IsAsciiDigit) && !t.Contains('/', StringComparison.Ordinal));
}
