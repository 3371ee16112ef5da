using System.Text.Json;
using System.Text.RegularExpressions;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Lists.Combine;
using Exposure.Lists.Folder;
using Exposure.Lists.Model;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Combine;

/// <summary>
/// Every entry of an imported file is in one state: imported, or left out with its kind and reason. The counts add up
/// to the entries the file holds, counted here from the file itself.
/// </summary>
public sealed class ListLoaderLeftOutTests
{
    [Fact]
    public void Ofac_people_vessels_and_aircraft_are_counted_with_their_reason_and_add_up_to_the_file()
    {
        var path = Fixtures.Path("ofac-sdn", "sdn.csv");
        var rows = File.ReadAllLines(path).Where(l => Regex.IsMatch(l, @"^\d+,")).ToList();
        string TypeOf(string row) => Regex.Match(row, @"^\d+,""[^""]*"",""?(?<type>[a-z]*)").Groups["type"].Value;

        var info = ListLoader.Load(Fixtures.Path("ofac-sdn"), RepoPaths.ReferenceData).Info;

        Assert.Equal(rows.Count, info.EntriesInFile);
        Assert.Equal(rows.Count(r => TypeOf(r) is "" or "entity"), info.Entries);
        var leftOut = Assert.IsAssignableFrom<IReadOnlyList<ListLeftOut>>(info.LeftOut);
        Assert.Equal(
            rows.Select(TypeOf).Where(t => t is not ("" or "entity")).GroupBy(t => t).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key),
            leftOut.Select(l => (l.Kind, l.Count)).OrderBy(x => x.Kind));
        Assert.All(leftOut, l => Assert.Equal(LeftOutCounts.NotAnOrganisation, l.Reason));
        Assert.Equal(
            $"{rows.Count} entries in the file: {info.Entries} imported, {rows.Count - info.Entries} left out: 2 individuals, 1 vessel and 1 aircraft (only companies and organisations are imported)",
            ListFraming.EntriesAccounted(info));
    }

    [Fact]
    public void An_untyped_row_that_looks_like_a_person_is_counted_as_such()
    {
        var path = Fixtures.Path("csl", "screening-list.csv");
        var info = ListLoader.Load(path, RepoPaths.ReferenceData).Info;
        var rows = File.ReadAllLines(path).Count(l => Regex.IsMatch(l, @"^a\d+,"));

        Assert.Equal(rows, info.EntriesInFile);
        var person = Assert.Single(info.LeftOut!, l => l.Kind == "untyped entry that looks like a person");
        Assert.Equal(LeftOutCounts.LooksLikeAPerson, person.Reason);
        Assert.Equal(rows - info.Entries, info.LeftOut!.Sum(l => l.Count));
    }

    [Fact]
    public void An_opensanctions_entity_with_two_sanctions_is_one_entry_and_every_target_is_accounted_for()
    {
        var path = Fixtures.Path("opensanctions", "sanctions-last.ftm.json");
        var targets = File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("schema").GetString() is not ("Sanction" or "Security"))
            .Where(e => !(e.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.False))
            .ToList();

        var loaded = ListLoader.Load(path, RepoPaths.ReferenceData);
        var info = loaded.Info;

        Assert.Equal(targets.Count, info.EntriesInFile);
        // One entity with two sanctions reads as two allegations, but it is one entry of the file.
        Assert.True(loaded.Data.Allegations.Count > info.Entries);
        Assert.Contains(info.LeftOut!, l => (l.Kind, l.Count) == ("individual", 1));
        Assert.Contains(info.LeftOut!, l => (l.Kind, l.Count) == ("vessel", 1));
    }

    [Fact]
    public void A_list_folder_written_by_import_keeps_what_was_left_out_and_the_kind_of_each_date()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "sdn");
        var imported = ListLoader.Load(Fixtures.Path("ofac-sdn"), RepoPaths.ReferenceData);
        ListFolderWriter.Write(imported.Data, imported.Info, imported.Issues, folder, RepoPaths.ReferenceData);

        var loaded = ListLoader.Load(folder, RepoPaths.ReferenceData);
        Assert.Equal(imported.Info.LeftOut, loaded.Info.LeftOut);
        Assert.Equal(imported.Info.EntriesInFile, loaded.Info.EntriesInFile);

        var consFolder = Path.Combine(temp.Path, "cons");
        var cons = ListLoader.Load(Fixtures.Path("ofac-cons"), RepoPaths.ReferenceData);
        Assert.Contains(cons.Data.Allegations, a => a.DateKind == DateKinds.Effective);
        ListFolderWriter.Write(cons.Data, cons.Info, cons.Issues, consFolder, RepoPaths.ReferenceData);
        var reloaded = ListLoader.Load(consFolder, RepoPaths.ReferenceData);
        Assert.Equal(cons.Data.Allegations.Select(a => (a.Id, a.Date, a.DateKind)), reloaded.Data.Allegations.Select(a => (a.Id, a.Date, a.DateKind)));
    }

    [Fact]
    public void A_list_folder_that_does_not_record_what_was_left_out_says_it_is_not_known()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "sdn");
        var imported = ListLoader.Load(Fixtures.Path("ofac-sdn"), RepoPaths.ReferenceData);
        ListFolderWriter.Write(imported.Data, imported.Info, imported.Issues, folder, RepoPaths.ReferenceData);
        File.Delete(Path.Combine(folder, ListLoader.LeftOutFile));

        var info = ListLoader.Load(folder, RepoPaths.ReferenceData).Info;
        Assert.Null(info.LeftOut);
        Assert.Null(info.EntriesInFile);
        Assert.Equal($"{info.Entries} entries imported (entries left out of the file not recorded)", ListFraming.EntriesAccounted(info));
    }

    [Fact]
    public void The_bundled_list_leaves_nothing_out()
    {
        var info = ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData).Info;
        Assert.Empty(info.LeftOut!);
        Assert.Equal(info.Entries, info.EntriesInFile);
    }

    [Fact]
    public void A_bad_count_in_a_folder_s_left_out_file_stops_with_one_line_naming_the_file_and_line()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "sdn");
        var imported = ListLoader.Load(Fixtures.Path("ofac-sdn"), RepoPaths.ReferenceData);
        ListFolderWriter.Write(imported.Data, imported.Info, imported.Issues, folder, RepoPaths.ReferenceData);
        File.WriteAllText(Path.Combine(folder, ListLoader.LeftOutFile), "kind,kind_plural,count,reason\nindividual,individuals,two,only companies\n");

        var e = Assert.Throws<Core.DataException>(() => ListLoader.Load(folder, RepoPaths.ReferenceData));
        Assert.Equal(2, e.Line);
        Assert.Contains("'two' is not a whole number", e.Problem, StringComparison.Ordinal);
    }
}
