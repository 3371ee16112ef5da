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
        var named = r.Output.Split('\n').Where(l => l.Contains(NportFilings.SharedFund, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, named.Count);
        Assert.Single(named, l => l.Contains(Shared + ", CIK 2000001)", StringComparison.Ordinal));
        Assert.Single(named, l => l.Contains(Shared + ", CIK 2000002)", StringComparison.Ordinal));
    }
}
