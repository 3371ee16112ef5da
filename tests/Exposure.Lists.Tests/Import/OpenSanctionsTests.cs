using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Lists.Conversion;
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
        Assert.Equal(["Example Poly"], Fixtures.Names(a.Aliases));
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
    public void A_legal_entity_without_company_properties_or_legal_form_words_is_left_out_as_a_person()
    {
        var e = Assert.Throws<DataException>(() => Fixtures.Import(Fixtures.Path("opensanctions", "legal-entity-person.ftm.json")));
        Assert.Equal("1 legal entity that looks like a person was left out; no company or organisation remains", e.Problem);

        var list = Fixtures.Import(Fixtures.Path("opensanctions", "sanctions-last.ftm.json"));
        Assert.DoesNotContain(list.Entries, x => x.EntryId == "NK-le");
        Assert.Contains(list.Problems, p => p.Line == 6 && p.Problem.Contains("looks like a person", StringComparison.Ordinal));
        Assert.Equal("1 individual, 1 vessel and 1 legal entity that looks like a person", list.LeftOut!.ToString());
    }

    [Fact]
    public void A_legal_entity_with_a_company_property_is_kept()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "le.ftm.json");
        File.WriteAllText(path, """{"id":"NK-x","schema":"LegalEntity","properties":{"name":["Wang Ning"],"registrationNumber":["12345"]},"datasets":["x"],"target":true}""" + "\n");
        Assert.Equal("NK-x", Assert.Single(Fixtures.Import(path).Entries).EntryId);
    }

    [Theory]
    [InlineData("sanctions-first.ftm.json")]
    [InlineData("sanctions-last.ftm.json")]
    public void The_program_filter_sees_every_sanction_wherever_it_is_in_the_file(string file)
    {
        var uflpa = Fixtures.Import(Fixtures.Path("opensanctions", file), new ImportOptions(Programs: ["UFLPA Entity List"]));
        var entry = Assert.Single(uflpa.Entries);
        Assert.Equal(("NK-daqo", "2022-06-21", "forced-labour"), (entry.EntryId, entry.Date, entry.Category));
        Assert.StartsWith("UFLPA Entity List", entry.Program);

        var entity = Assert.Single(Fixtures.Import(Fixtures.Path("opensanctions", file), new ImportOptions(Programs: ["Entity List"])).Entries);
        Assert.Equal(("NK-daqo", "2021-06-24", "export-control"), (entity.EntryId, entity.Date, entity.Category));
    }

    [Fact]
    public void Each_sanction_is_an_allegation_with_its_own_program_and_date_attributed_to_the_program_per_opensanctions()
    {
        var list = Fixtures.Import(Fixtures.Path("opensanctions", "sanctions-last.ftm.json"));
        var daqo = list.Entries.Where(e => e.EntryId == "NK-daqo").ToList();
        Assert.Equal([("2022-06-21", "forced-labour"), ("2021-06-24", "export-control")], daqo.Select(e => (e.Date!, e.Category!)));
        // The sanctions give a start date and no listing date: the date is said to be the one the listing took effect.
        Assert.StartsWith("Listed on UFLPA Entity List, effective 2022-06-21, per OpenSanctions", daqo[0].Statement);

        var data = ListConverter.ToReference(list, Fixtures.Exchanges);
        var company = Assert.Single(data.Companies, c => c.NameEn == "Xinjiang Daqo New Energy Co., Ltd.");
        var allegations = data.AllegationsOf(company.Id).ToList();
        Assert.Equal(2, allegations.Count);
        Assert.Contains(allegations, a => a.Summary.StartsWith("Listed on UFLPA Entity List, effective 2022-06-21, per OpenSanctions", StringComparison.Ordinal) && a.Date == "2022-06-21" && a.DateKind == DateKinds.Effective);
        Assert.Contains(allegations, a => a.Summary.StartsWith("Listed on Entity List, effective 2021-06-24, per OpenSanctions", StringComparison.Ordinal) && a.Date == "2021-06-24" && a.DateKind == DateKinds.Effective);
        // One entity with two sanctions is one entry, not a company entered twice.
        Assert.DoesNotContain("entered", company.ReviewNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_sanction_first_seen_is_said_as_such_and_no_listing_is_claimed()
    {
        var data = ListConverter.ToReference(Fixtures.Import(Fixtures.Path("opensanctions", "sanctions-last.ftm.json")), Fixtures.Exchanges);
        var hik = Assert.Single(data.Allegations, a => a.Id == "NK-hik");
        Assert.StartsWith("Named in OpenSanctions data (datasets us_ofac_cons, us_trade_csl), first seen by OpenSanctions on 2023-05-01", hik.Summary);
        Assert.Equal(("2023-05-01", DateKinds.FirstSeen), (hik.Date, hik.DateKind));
        Assert.DoesNotContain(data.Allegations, a => a.Summary.Contains("Listed on OpenSanctions", StringComparison.Ordinal));
        Assert.Equal("sanctioned", hik.Category);
        Assert.Equal("export-control", Assert.Single(data.Allegations, a => a.Id == "NK-zte").Category);
    }

    [Fact]
    public void A_program_filter_that_keeps_nothing_stops_and_says_what_was_left_out()
    {
        var e = Assert.Throws<DataException>(() => Fixtures.Import(Fixtures.Path("opensanctions", "entities.ftm.json"), new ImportOptions(Programs: ["No Such Program"])));
        Assert.Contains("entities outside the --program filter", e.Problem);
        Assert.EndsWith("were left out; no company or organisation remains", e.Problem);
    }

    [Fact]
    public void Targets_simple_csv_reads_identifiers_and_leaves_people_out()
    {
        var list = Fixtures.Import(Fixtures.Path("opensanctions", "targets.simple.csv"));
        Assert.Equal(ListFormats.OpenSanctionsSimple, list.Provenance.Format);
        Assert.Equal(["NK-exampleA", "NK-bad"], list.Entries.Select(e => e.EntryId));
        Assert.Equal(["CNE10000PL11"], list.Entries[0].Isins);
        Assert.Equal(["Example Poly"], Fixtures.Names(list.Entries[0].Aliases));
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

    [Fact]
    public void Opensanctions_allegations_are_named_by_opensanctions_not_listed_on_it()
    {
        var data = ListConverter.ToReference(Fixtures.Import(Fixtures.Path("opensanctions", "sanctions-last.ftm.json")), Fixtures.Exchanges);
        Assert.All(data.Allegations, a => Assert.False(a.Listed));
        Assert.All(data.Allegations, a => Assert.Equal("OpenSanctions", a.ListOrReport));
    }
}
