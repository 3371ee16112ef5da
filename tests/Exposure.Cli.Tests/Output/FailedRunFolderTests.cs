using Exposure.TestSupport;

namespace Exposure.Cli.Tests.Output;

/// <summary>
/// A run that stops on bad input leaves no empty output folder of its own making behind, and never removes a folder
/// that was there before it, or anything in one.
/// </summary>
public sealed class FailedRunFolderTests
{
    /// <summary>A holdings file with no header row: the run stops while reading it, after the output folder is made ready.</summary>
    private const string NoHeader = "hello there\nnothing here\n";

    [Fact]
    public void A_run_stopped_by_bad_input_removes_the_output_folders_it_created()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "new", "reports");

        var r = CliRunner.Run("report", "--holdings", temp.File("bad.csv", NoHeader), "-o", output, "-f", "json", "-q");

        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Contains("bad.csv: no header row found", r.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), $"{output} was left behind");
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "new")), "the parent the run created was left behind");
        Assert.Equal([Path.Combine(temp.Path, "bad.csv")], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_folder_that_was_there_before_is_kept_with_everything_in_it()
    {
        using var temp = new TempFolder();
        var parent = Path.Combine(temp.Path, "parent");
        Directory.CreateDirectory(parent);
        var empty = Path.Combine(temp.Path, "empty");
        Directory.CreateDirectory(empty);
        var used = Path.Combine(temp.Path, "used");
        Assert.Equal(0, CliRunner.Run("report", "-o", used, "-f", "json", "-q").ExitCode);
        File.WriteAllText(Path.Combine(used, "notes.txt"), "mine");
        var before = Directory.GetFileSystemEntries(used).Order(StringComparer.Ordinal).ToList();
        var bad = temp.File("bad.csv", NoHeader);

        foreach (var folder in new[] { empty, used, Path.Combine(parent, "reports") })
            Assert.Equal(ExitCodes.BadInput, CliRunner.Run("report", "--holdings", bad, "-o", folder, "-f", "json", "-q").ExitCode);

        Assert.True(Directory.Exists(empty));
        Assert.Empty(Directory.GetFileSystemEntries(empty));
        Assert.Equal(before, Directory.GetFileSystemEntries(used).Order(StringComparer.Ordinal).ToList());
        Assert.Equal("mine", File.ReadAllText(Path.Combine(used, "notes.txt")));
        // The parent was there before: only the folder the run made in it goes.
        Assert.True(Directory.Exists(parent));
        Assert.Empty(Directory.GetFileSystemEntries(parent));
    }
}
