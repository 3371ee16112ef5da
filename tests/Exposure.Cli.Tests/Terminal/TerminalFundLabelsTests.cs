using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Terminal;

/// <summary>The summary printed after a run names two funds of one name as the reports do: by their labels, never twice by one name.</summary>
public sealed class TerminalFundLabelsTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(200)]
    public void Two_funds_of_one_name_whose_trusts_share_a_name_are_named_by_their_labels(int width)
    {
        using var temp = new TempFolder();
        var data = NportFilings.SameNamedTrusts(Path.Combine(temp.Path, "q2"));
        var r = CliRunner.RunAt(width, ["report", "--holdings", data, "--out", Path.Combine(temp.Path, "out"), "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.Error);

        const string Shared = NportFilings.SharedFund + " (" + NportFilings.SharedTrust;
        // Each fund's own line (its heading, or its row of the table) names it by its label.
        var own = r.Output.Split('\n').Where(l => l.TrimStart('│', ' ').StartsWith(NportFilings.SharedFund, StringComparison.Ordinal) && l.Contains("2026-04-30", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, own.Count);
        Assert.Single(own, l => l.Contains(Shared + ", CIK 2000001)", StringComparison.Ordinal));
        Assert.Single(own, l => l.Contains(Shared + ", CIK 2000002)", StringComparison.Ordinal));

        // Wherever else the summary names them (a note on both), never by the bare name: lines wrapped at the width are joined first.
        var flat = Regex.Replace(r.Output, @"\s+", " ");
        Assert.Empty(Regex.Matches(flat, Regex.Escape(NportFilings.SharedFund) + @"(?! \(Pacific Trust, CIK 200000[12]\))"));
    }
}
