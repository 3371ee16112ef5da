using Exposure.Core;
using Exposure.Lists.Combine;
using Exposure.Lists.Folder;
using Exposure.TestSupport;
using Exposure.TestSupport.Hostile;
using FsCheck.Xunit;

namespace Exposure.Lists.Tests.Combine;

/// <summary>
/// A list given on the command line, in any supported format or as a list folder written by <c>list import</c>, broken
/// (truncated, rows duplicated or lost, quotes, control characters, numbers past any range, binary junk, deep nesting):
/// it loads, or it stops with one clean line naming a file of the list. Never a parser's state, never another exception.
/// </summary>
public sealed class ListLoaderProperties
{
    private static readonly string[] Seeds =
    [
        "spreadsheet/trustee-list.csv", "csl/consolidated.csv", "ofac-cons/cons_prim.csv", "ofac-cons/cons_alt.csv", "opensanctions/targets.simple.csv",
        "opensanctions/entities.ftm.json", "opensanctions/targets.nested.json", "uflpa/uflpa-entity-list.html", "folder/companies.csv",
        "folder/names.csv", "folder/allegations.csv", "folder/provenance.csv", "folder/problems.csv", "folder/VERSION", "ofac-xml/SDN.XML",
        "csl/screening-list.csv", "uflpa/uflpa-name-cells.html", "opensanctions/sanctions-last.ftm.json",
    ];

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 80, Replay = "(20261204,1299709)", QuietOnSuccess = true)]
    public void A_broken_list_loads_or_stops_with_one_line_naming_its_file(BrokenFile broken)
    {
        using var temp = new TempFolder();
        var seed = Seeds[broken.Part % Seeds.Length];
        var folder = Path.Combine(temp.Path, Path.GetDirectoryName(seed)!);
        if (seed.StartsWith("folder/", StringComparison.Ordinal)) WriteImportedFolder(folder);
        else
        {
            Directory.CreateDirectory(folder);
            foreach (var f in Directory.GetFiles(Fixtures.Path(Path.GetDirectoryName(seed)!))) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        }
        var file = Path.Combine(temp.Path, seed);
        File.WriteAllBytes(file, broken.Apply(File.ReadAllBytes(file)));
        var spec = seed.StartsWith("folder/", StringComparison.Ordinal) ? folder : file;

        var what = $"{seed}: {broken}";
        try
        {
            var list = ListLoader.Load(spec, RepoPaths.ReferenceData);
            Assert.NotNull(list.Data);
        }
        catch (DataException e)
        {
            Assert.False(e.Message.Contains('\n') || e.Message.Contains('\r'), $"{what}: the message is not one line: {e.Message}");
            Assert.True(e.Message.Length <= DataException.MaxProblemLength + 300, $"{what}: the message is {e.Message.Length} characters long");
            Assert.True(e.File.StartsWith(temp.Path, StringComparison.Ordinal) || e.File.StartsWith(Path.GetFileName(folder) + "/", StringComparison.Ordinal),
                $"{what}: the message names '{e.File}', not a file of the list");
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: {e.GetType().Name} escaped the list loader (exit 70): {e.Message}");
        }
    }

    /// <summary>The spreadsheet fixture imported and written as a list folder (with provenance.csv and problems.csv).</summary>
    private static void WriteImportedFolder(string folder)
    {
        var list = ListLoader.Load(Fixtures.Path("spreadsheet", "trustee-list.csv"), RepoPaths.ReferenceData);
        ListFolderWriter.Write(list.Data, list.Info, list.Issues, folder, RepoPaths.ReferenceData);
    }
}
