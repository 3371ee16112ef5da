using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

public sealed class ReportCommandTests
{
    [Fact]
    public void Default_run_uses_bundled_illustrative_data_and_says_so()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--out", temp.Path);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Error);
        Assert.Contains("Illustrative data", r.Output);
        Assert.Contains("Illustrative Emerging Markets Equity Fund", r.Output);
        // The bundled fund's Foxconn holding is of unknown value: the flagged value leaves it out and is a lower bound.
        Assert.Contains("Flagged value at least USD", r.Output);
        Assert.True(File.Exists(Path.Combine(temp.Path, "exposure-report.json")));
        Assert.Contains("\"illustrativeNote\": \"Illustrative data", File.ReadAllText(Path.Combine(temp.Path, "exposure-report.json")));
    }

    [Fact]
    public void Format_option_limits_the_outputs()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--out", temp.Path, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal([".exposure-lock", ".exposure-set", "exposure-report.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Help_explains_every_option()
    {
        var r = CliRunner.Run("report", "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var option in new[] { "--holdings", "--reference", "--out", "--format", "--timestamp", "--quiet" })
            Assert.Contains(option, r.Output);
    }

    [Theory]
    [InlineData("empty.csv", "", "error: empty.csv: the file is empty")]
    [InlineData("columns.csv", "Foo,Bar\n1,2\n", "error: columns.csv: no header row found")]
    public void Unusable_holdings_give_a_one_line_error_and_no_output(string name, string content, string message)
    {
        using var temp = new TempFolder();
        var input = temp.File(name, content);
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir);

        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.StartsWith(message.Replace(name, input), r.Error);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", r.Error);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [Fact]
    public void Missing_holdings_file_is_named()
    {
        using var temp = new TempFolder();
        var r = CliRunner.Run("report", "--holdings", "no-such-file.csv", "--out", temp.Path);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("error: no-such-file.csv: file not found", r.Error.TrimEnd());
    }

    [Fact]
    public void A_broken_number_leaves_the_value_unknown_and_the_holding_screened()
    {
        using var temp = new TempFolder();
        var input = temp.File("h.csv", "Name,Ticker,Exchange,Market Value\nZTE CORP H,763,Hong Kong Exchanges And Clearing Ltd,1000\nTBEA LTD A,600089,Shanghai Stock Exchange,12x4\n");
        var r = CliRunner.Run("report", "--holdings", input, "--out", temp.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.Single(File.ReadAllLines(Path.Combine(temp.Path, "rejected.csv")));
        var tbea = Assert.Single(File.ReadAllLines(Path.Combine(temp.Path, "matches.csv")), l => l.Contains(",tbea,", StringComparison.Ordinal));
        Assert.Contains(",3,matched,TBEA LTD A,", tbea);
        Assert.Contains("Market Value '12x4' is not a number,equity,", tbea);
        Assert.Contains("1 holding in a named company has a value that could not be read", r.Output);
    }

    [Fact]
    public void Reference_data_with_a_bad_isin_stops_the_run()
    {
        using var temp = new TempFolder();
        var reference = Path.Combine(temp.Path, "ref");
        Directory.CreateDirectory(reference);
        foreach (var f in Directory.GetFiles(RepoPaths.ReferenceData)) File.Copy(f, Path.Combine(reference, Path.GetFileName(f)));
        var companies = Path.Combine(reference, "companies.csv");
        File.WriteAllText(companies, File.ReadAllText(companies).Replace("CNE100000PM8", "CNE100000PM9"));

        var r = CliRunner.Run("report", "--reference", reference, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal($"error: {companies}, line 20: ISIN 'CNE100000PM9' of 'hikvision' fails the ISO 6166 check", r.Error.TrimEnd());
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var r = CliRunner.Run("report", "--format", "docx");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("unknown format 'docx'", r.Error);
    }
}
