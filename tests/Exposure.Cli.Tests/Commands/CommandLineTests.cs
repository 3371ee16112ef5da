using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Commands;

/// <summary>
/// A wrong command line is exit code 64 however it is wrong, with a message in words on standard error; help is
/// reachable as a command; the common options have short forms; nothing the runtime says reaches the user raw.
/// </summary>
public sealed class CommandLineTests
{
    public static TheoryData<string[], string> WrongCommandLines => new()
    {
        { ["report", "--bogus"], "unknown option '--bogus'" },
        { ["report", "--holdings", RepoPaths.IllustrativeHoldings, "--bogus"], "unknown option '--bogus'" },
        { ["report", "--holdings", RepoPaths.IllustrativeHoldings, "--format", "json", "-x"], "unknown option '-x'" },
        { ["frob"], "unknown command 'frob'" },
        { [], "'exposure' needs a command: report, review, list, reference, help" },
        { ["review"], "'exposure review' needs a command: record, accept, reject" },
        { ["review", "record", "--decisions", "d.csv"], "--candidates" },
        { ["report", "--page-size", "a5"], "--page-size: 'a5' is not one of a4, letter" },
        { ["report", "--out", ""], "--out: no folder given" },
        { ["report", "--out", "  "], "--out: no folder given" },
        { ["report", "--format", "docx"], "unknown format 'docx'" },
        { ["report", "--xlsx-rows", "many"], "--xlsx-rows: 'many' is neither a number of rows nor 'all'" },
        { ["report", "--quiet", "maybe"], "maybe" },
        { ["help", "frob"], "unknown command 'frob'" },
        { ["review", "reject", "abc", "--reviewer", "A", "--reason", "r", "--decisions", "d.csv", "--date", "21/11/2026"], "--date: '21/11/2026' is not a date written YYYY-MM-DD" },
        // An option written without its value: the value is missing, whatever option follows and whatever follows that.
        { ["report", "--holdings", "--out", "reports"], "--holdings needs a value: '--out' after it is another option" },
        { ["report", "--out", "reports", "--holdings"], "Required argument missing for option: '--holdings'" },
        { ["report", "--holdings", RepoPaths.IllustrativeHoldings, "--mapping", "--out", "reports"], "--mapping needs a value: '--out' after it is another option" },
        { ["report", "--holdings", RepoPaths.IllustrativeHoldings, "--out", "--format", "csv"], "--out needs a value: '--format' after it is another option" },
        { ["report", "--decisions", "-q"], "--decisions needs a value: '-q' after it is another option" },
        { ["report", "--format", "--out", "reports"], "--format needs a value: '--out' after it is another option" },
        { ["review", "reject", "abc", "--reviewer", "--reason", "r", "--decisions", "d.csv"], "--reviewer needs a value: '--reason' after it is another option" },
        { ["review", "record", "--candidates", "--decisions", "d.csv"], "--candidates needs a value: '--decisions' after it is another option" },
    };

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public void A_wrong_command_line_exits_64_and_says_what_is_wrong(string[] args, string message)
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run(args);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal("", r.Output);
        Assert.StartsWith("error: ", r.Error);
        Assert.Contains(message, r.Error);
        Assert.DoesNotContain("Exception", r.Error);
        Assert.DoesNotContain("System.", r.Error);
    }

    [Fact]
    public void Help_is_a_command_too()
    {
        var root = CliRunner.Run("help");
        Assert.Equal(0, root.ExitCode);
        foreach (var command in new[] { "report", "review", "list", "reference", "help" }) Assert.Contains(command, root.Output);

        var report = CliRunner.Run("help", "report");
        Assert.Equal(0, report.ExitCode);
        Assert.Equal(CliRunner.Run("report", "--help").Output, report.Output);
        Assert.Contains("--holdings", report.Output);

        var nested = CliRunner.Run("help", "list", "import");
        Assert.Equal(0, nested.ExitCode);
        Assert.Equal(CliRunner.Run("list", "import", "-h").Output, nested.Output);
    }

    [Fact]
    public void The_common_options_have_short_forms()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "-o", temp.Path, "-f", "json", "-q");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Equal("", r.Output);
        Assert.True(File.Exists(Path.Combine(temp.Path, "exposure-report.json")));

        var help = CliRunner.Run("report", "-h").Output;
        foreach (var (shortForm, longForm) in new[] { ("-o", "--out"), ("-f", "--format"), ("-q", "--quiet"), ("-h", "--help") })
            Assert.Matches($@"\n  (-\?, )?{shortForm}, {longForm}\b", help);
    }

    [Fact]
    public void Help_lists_each_page_size_once()
    {
        var help = CliRunner.Run("report", "--help").Output;
        var choices = Regex.Match(help, @"--page-size <([^>]*)>");
        Assert.True(choices.Success, help);
        Assert.Equal("a4|letter", choices.Groups[1].Value);
        // Any case is accepted on the command line.
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("report", "--page-size", "Letter", "-o", temp.Path, "-f", "json", "-q").ExitCode);
    }

    [SkippableFact]
    public void An_output_folder_that_cannot_be_created_is_named_with_the_reason_in_words()
    {
        Skip.IfNot(Directory.Exists("/proc/self"), "needs Linux's /proc, where no folder can be made");
        var r = CliRunner.Run("report", "--out", "/proc/x", "--format", "json");
        Assert.Equal(ExitCodes.CannotWrite, r.ExitCode);
        Assert.Equal("error: cannot create the output folder '/proc/x': the folder does not exist and cannot be created there", r.Error.TrimEnd('\n'));
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_named_with_the_reason_in_words()
    {
        using var temp = new TempFolder();
        var file = temp.File("report.txt", "not a folder");
        var r = CliRunner.Run("report", "--out", file, "--format", "json");
        Assert.Equal(ExitCodes.CannotWrite, r.ExitCode);
        Assert.Equal($"error: cannot write the reports to '{file}': it is a file, not a folder", r.Error.TrimEnd('\n'));
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void A_folder_on_the_way_that_is_a_file_is_named_with_the_reason_in_words()
    {
        using var temp = new TempFolder();
        var file = temp.File("plain", "a file");
        var r = CliRunner.Run("report", "--out", Path.Combine(file, "reports"), "--format", "json");
        Assert.Equal(ExitCodes.CannotWrite, r.ExitCode);
        Assert.StartsWith($"error: cannot create the output folder '{Path.Combine(file, "reports")}': ", r.Error);
        Assert.DoesNotContain("Could not", r.Error);
    }
}
