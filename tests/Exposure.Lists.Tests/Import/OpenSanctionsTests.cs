using Exposure.Core;
using Exposure.Lists.Model;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Import;

public sealed class OpenSanctionsTests
{
    [Fact]
    public void Ftm_entities_take_isins_from_linked_securities_and_programs_from_sanctions()
    {
        var list = Fixtures.Import(Fixtures.Path("opensanctions", "entities.ftm.json"), new ImportOptions(Datasets: ["us_dhs_uflpa"]));
        Assert.Equal(ListFormats.OpenSanctionsFtm, list.Provenance.Format);
        Assert.Equal("OpenSanctions (us_dhs_uflpa)", list.Provenance.Name);
        Assert.Contains("CC BY-NC 4.0", list.Provenance.Licence);
        Assert.Equal(["NK-exampleA", "NK-bad"], list.Entries.Select(e => e.EntryId));
        var a = list.Entries[0];
        Assert.Equal(["CNE10000PL11"], a.Isins);
        Assert.Equal(["Example Poly"], a.Aliases);
        Assert.Equal("2023-06-09", a.Date);
        Assert.Contains("Section 2(d)(2)(B)(i)", a.Program);
        Assert.Equal("forced-labour", a.Category);
        Assert.Equal("https://www.opensanctions.org/entities/NK-exampleA/", a.SourceUrl);
        Assert.Contains(list.Problems, p => p.Problem.Contains("CNE10000XY17") && p.Line == 6);
    }

    [Fact]
    public void Without_a_filter_every_target_company_is_kept_and_people_are_not()
    {
        var list = Fixtures.Import(Fixtures.Path("opensanctions", "entities.ftm.json"));
        Assert.Equal(["NK-exampleA", "NK-other", "NK-bad"], list.Entries.Select(e => e.EntryId));
    }

    [Fact]
    public void Topic_filter_applies()
    {
        var list = Fixtures.Import(Fixtures.Path("opensanctions", "entities.ftm.json"), new ImportOptions(Topics: ["export.control"]));
        Assert.Equal(["NK-exampleA"], list.Entries.Select(e => e.EntryId));
    }

    [Fact]
    public void Nested_targets_carry_their_sanctions_and_securities()
    {
        var entry = Assert.Single(Fixtures.Import(Fixtures.Path("opensanctions", "targets.nested.json")).Entries);
        Assert.Equal(["CNE10000SL18"], entry.Isins);
        Assert.Equal("2024-08-01", entry.Date);
        Assert.Contains("Section 2(d)(2)(B)(ii)", entry.Program);
    }

    [Fact]
    public void A_line_that_is_not_json_names_file_and_line()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "entities.ftm.json");
        File.WriteAllText(path, "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}}\n{broken\n");
        var e = Assert.Throws<DataException>(() => Fixtures.Import(path));
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Targets_simple_csv_reads_identifiers_and_leaves_people_out()
    {
        var list = Fixtures.Import(Fixtures.Path("opensanctions", "targets.simple.csv"));
        Assert.Equal(ListFormats.OpenSanctionsSimple, list.Provenance.Format);
        Assert.Equal(["NK-exampleA", "NK-bad"], list.Entries.Select(e => e.EntryId));
        Assert.Equal(["CNE10000PL11"], list.Entries[0].Isins);
        Assert.Equal(["Example Poly"], list.Entries[0].Aliases);
        Assert.Single(list.Problems);
    }

    [Fact]
    public void Securities_table_keeps_sanctioned_issuers()
    {
        var list = Fixtures.Import(Fixtures.Path("opensanctions", "securities.csv"));
        Assert.Equal(ListFormats.OpenSanctionsSecurities, list.Provenance.Format);
        var entry = Assert.Single(list.Entries);
        Assert.Equal("Example Polysilicon Co., Ltd.", entry.Name);
        Assert.Equal(["CNE10000PL11"], entry.Isins);
    }

    [Fact]
    public void A_large_entity_file_streams_in_flat_memory()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "entities.ftm.json");
        const int entities = 200_000;
        using (var writer = new StreamWriter(path))
            for (var i = 0; i < entities; i++)
                writer.WriteLine($"{{\"id\":\"e{i}\",\"schema\":\"Company\",\"properties\":{{\"name\":[\"Company {i}\"]}},\"datasets\":[\"{(i % 1000 == 0 ? "us_dhs_uflpa" : "other")}\"],\"target\":true}}");
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var list = Fixtures.Import(path, new ImportOptions(Datasets: ["us_dhs_uflpa"]));
        var after = GC.GetTotalMemory(true);
        Assert.Equal(entities / 1000, list.Entries.Count);
        GC.KeepAlive(list);
        // The file is ~20 MB; a reader that held it, or every entity, would keep far more than this.
        Assert.True(after - before < 8 << 20, $"{(after - before) >> 20} MiB retained");
    }
}
