using Exposure.Readers.Reference;
using Exposure.TestSupport;
using Exposure.TestSupport.Hostile;
using FsCheck.Xunit;

namespace Exposure.Readers.Tests.Properties;

/// <summary>
/// The list loader, given a list folder with one file broken (truncated, rows duplicated or lost, quotes, control
/// characters, binary junk ...), either loads it or stops with one clean line naming the file: never a parser's state.
/// </summary>
public sealed class ListLoaderProperties
{
    private static readonly string[] Files =
        ["VERSION", "exchanges.csv", "exchange_aliases.csv", "companies.csv", "names.csv", "allegations.csv", "identifier_sources.csv"];

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 80, Replay = "(20261204,1299709)", QuietOnSuccess = true)]
    public void The_list_loader_loads_a_broken_list_or_stops_with_one_line(BrokenFile broken)
    {
        using var temp = new TempFolder();
        foreach (var f in Directory.GetFiles(RepoPaths.ReferenceData))
            File.Copy(f, Path.Combine(temp.Path, Path.GetFileName(f)));
        var file = Path.Combine(temp.Path, Files[broken.Part % Files.Length]);
        File.WriteAllBytes(file, broken.Apply(File.ReadAllBytes(file)));

        var what = $"{Path.GetFileName(file)}: {broken}";
        try
        {
            var data = ReferenceDataLoader.Load(temp.Path);
            Assert.NotEmpty(data.Version);
        }
        catch (Core.DataException e)
        {
            ReaderContract.AssertClean(e, what, temp.Path, Path.GetFileName(temp.Path));
        }
    }
}
