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
