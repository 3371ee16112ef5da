using Exposure.TestSupport;
using Exposure.TestSupport.Hostile;
using FsCheck.Xunit;

namespace Exposure.Cli.Tests;

/// <summary>
/// The whole command, given broken and hostile holdings files (CSV and N-PORT, mutated as in the readers' property
/// tests): a report and exit 0, or exit 2 with one line naming the file. Never exit 70, never a second line. The run is
/// reproducible (a fixed seed) and bounded in number.
/// </summary>
public sealed class HostileInputProperties
{
    private static readonly (string Name, string Text)[] Seeds =
    [
        ("holdings.csv", File.ReadAllText(RepoPaths.IllustrativeHoldings)),
        ("plain.csv", "Security Name,ISIN,Country,Market Value (USD),% of Net Assets,Currency\n" +
            "Hangzhou Hikvision Digital Technology Co Ltd,CNE100000PM8,China,\"(1,000.50)\",0.10%,USD\n" +
            "ZTE CORP H,CNE1000004Y2,China,5170710,0.5%,USD\nApple Inc,US0378331005,United States,250000,25.0%,USD\n"),
        ("primary_doc.xml", Filings.Nport("4000", ("HIKVISION", "CNE100000PM8", "1000"), ("APPLE", "US0378331005", "3000"))),
    ];

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 40, Replay = "(20261204,1299709)", QuietOnSuccess = true)]
    public void A_broken_holdings_file_gives_a_report_or_one_line_and_exit_2(BrokenFile broken)
    {
        using var temp = new TempFolder();
        var (name, text) = Seeds[broken.Seed % Seeds.Length];
        var path = Path.Combine(temp.Path, name);
        File.WriteAllBytes(path, broken.Apply(System.Text.Encoding.UTF8.GetBytes(text)));
        var outDir = Path.Combine(temp.Path, "out");

        var r = CliRunner.Run("report", "--holdings", path, "--out", outDir, "--format", "json,csv", "--quiet");

        var what = broken.ToString();
        Assert.True(r.ExitCode is ExitCodes.Ok or ExitCodes.BadInput, $"{what}: exit {r.ExitCode}: {r.Error}");
        if (r.ExitCode == ExitCodes.Ok)
        {
            Assert.True(r.Error.Length == 0, $"{what}: {r.Error}");
            Assert.True(File.Exists(Path.Combine(outDir, "exposure-report.json")), what);
            return;
        }
        Assert.True(r.Error.TrimEnd('\n').Split('\n').Length == 1, $"{what}: {r.Error}");
        Assert.True(r.Error.StartsWith($"error: {path}", StringComparison.Ordinal), $"{what}: {r.Error}");
        Assert.DoesNotContain(r.Error, c => char.IsControl(c) && c != '\n');
        Assert.False(File.Exists(Path.Combine(outDir, "exposure-report.json")), what);
    }
}
