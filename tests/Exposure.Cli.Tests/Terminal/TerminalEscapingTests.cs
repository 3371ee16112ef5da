using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Terminal;

/// <summary>Control characters from input (a fund's name, a file's name, the command line) never reach the terminal raw.</summary>
public sealed class TerminalEscapingTests
{
    private const string Esc = "\u001b";

    [SkippableFact]
    public void A_fund_name_with_escape_sequences_is_shown_escaped_in_the_table()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters");
        using var temp = new TempFolder();
        // A plain CSV names its fund after the file: here, a name that clears the screen and turns the text red.
        var name = $"fund{Esc}[2J{Esc}[31mred\u009b1m\u202e";
        var input = temp.File(name + ".csv", "Name,ISIN,Market Value\nZTE CORP H,CNE1000004Y2,1000\nOTHER CO,,1000\n");
        foreach (var width in new[] { 200, 80 })
        {
            var r = CliRunner.RunAt(width, "report", "--holdings", input, "--out", Path.Combine(temp.Path, "out"), "--format", "json");
            Assert.True(r.ExitCode == 0, r.Error);
            AssertNoControlCharacters(r.Output);
            Assert.Contains(@"fund\x1b[2J\x1b[31mred\x9b1m\u202e", r.Output);
        }
    }

    [Fact]
    public void An_error_naming_a_file_with_control_characters_is_one_escaped_line()
    {
        var r = CliRunner.Run("report", "--holdings", $"no{Esc}]0;owned\u0007\r\nsuch.csv", "--format", "json");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        AssertNoControlCharacters(r.Error);
        Assert.Equal(@"error: no\x1b]0;owned\x07\r\nsuch.csv: file not found", r.Error.TrimEnd('\n'));
    }

    [Fact]
    public void An_unknown_option_with_control_characters_is_escaped()
    {
        var r = CliRunner.Run("report", $"--x{Esc}[31m");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        AssertNoControlCharacters(r.Error);
        Assert.Contains(@"unknown option '--x\x1b[31m'", r.Error);
    }

    private static void AssertNoControlCharacters(string text)
    {
        var bad = text.Where(c => c != '\n' && (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')).ToList();
        Assert.True(bad.Count == 0, $"control characters reached the terminal: {string.Join(" ", bad.Select(c => ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)))}");
    }
}
