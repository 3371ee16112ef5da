using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

public sealed class ReferenceCommandTests
{
    [Fact]
    public void Bundled_list_checks_valid_and_says_what_it_holds()
    {
        var r = CliRunner.Run("reference", "check");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("valid", r.Output);
        Assert.Contains("51 companies (46 named, 3 parent-of-named, 2 subsidiary-of-named), 163 names, 94 allegations", r.Output);
    }

    [Fact]
    public void A_broken_list_names_file_line_and_reason()
    {
        using var temp = new TempFolder();
        foreach (var f in Directory.GetFiles(RepoPaths.ReferenceData)) File.Copy(f, Path.Combine(temp.Path, Path.GetFileName(f)));
        var names = Path.Combine(temp.Path, "names.csv");
        File.AppendAllText(names, "no-such-company,Ghost Co,legal,\n");
        var r = CliRunner.Run("reference", "check", "--reference", temp.Path);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal($"error: {names}, line 165: name 'Ghost Co' belongs to unknown company 'no-such-company'", r.Error.TrimEnd());
    }

    [Fact]
    public void Check_names_the_full_path_of_the_folder_it_read()
    {
        var bundled = CliRunner.Run("reference", "check");
        Assert.StartsWith($"{Path.Combine(AppContext.BaseDirectory, "reference-data")}: version ", bundled.Output);
        Assert.Contains("(the list built into this program)", bundled.Output.Split('\n')[0]);

        using var temp = new TempFolder();
        var copy = Path.Combine(temp.Path, "list");
        Directory.CreateDirectory(copy);
        foreach (var f in Directory.GetFiles(RepoPaths.ReferenceData)) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, copy);
        var r = CliRunner.Run("reference", "check", "--reference", relative);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith($"{copy}: version ", r.Output);
        Assert.DoesNotContain("built into", r.Output);
    }

    [Fact]
    public void Version_names_the_tool_and_the_built_in_list()
    {
        var r = CliRunner.Run("--version");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Output.TrimEnd().Split('\n');
        Assert.Equal($"exposure {ExposureCli.ToolVersion}", lines[0]);
        var version = File.ReadAllText(Path.Combine(RepoPaths.ReferenceData, "VERSION")).Trim();
        Assert.Equal($"reference list {version} ({Path.Combine(AppContext.BaseDirectory, "reference-data")}, built in)", lines[1]);
    }
}
