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
    public void Each_allegation_cites_the_datasets_the_data_puts_it_in_the_sanctions_own_before_the_entitys()
    {
        var data = ListConverter.ToReference(Fixtures.Import(Fixtures.Path("opensanctions", "sanctions-last.ftm.json")), Fixtures.Exchanges);
        // Without a sanction: the entity's datasets, as the file gives them.
        Assert.Equal("OpenSanctions (us_ofac_cons, us_trade_csl)", Assert.Single(data.Allegations, a => a.Id == "NK-hik").ListOrReport);
        Assert.Equal("OpenSanctions (us_trade_csl)", Assert.Single(data.Allegations, a => a.Id == "NK-zte").ListOrReport);
        // Daqo is in two datasets; each of its sanctions is recorded in one of them, which its allegation cites.
        var daqo = data.Companies.Single(c => c.NameEn == "Xinjiang Daqo New Energy Co., Ltd.");
        Assert.Equal(
            [("2022-06-21", "OpenSanctions (us_dhs_uflpa)"), ("2021-06-24", "OpenSanctions (us_trade_csl)")],
            data.AllegationsOf(daqo.Id).Select(a => (a.Date!, a.ListOrReport)));
    }

    [Fact]
    public void An_entity_in_no_dataset_cites_the_list_alone_and_a_name_given_is_kept()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "entities.ftm.json");
        File.WriteAllText(path,
            """{"id":"NK-a","schema":"Company","properties":{"name":["Alpha Co., Ltd."]},"target":true}""" + "\n" +
            """{"id":"NK-b","schema":"Company","properties":{"name":["Beta Co., Ltd."]},"datasets":["us_ofac_sdn"],"target":true}""" + "\n");
        var data = ListConverter.ToReference(Fixtures.Import(path), Fixtures.Exchanges);
        Assert.Equal([("NK-a", "OpenSanctions"), ("NK-b", "OpenSanctions (us_ofac_sdn)")], data.Allegations.Select(a => (a.Id, a.ListOrReport)));

        var named = ListConverter.ToReference(Fixtures.Import(path, new ImportOptions(Name: "Sanctions copy")), Fixtures.Exchanges);
        Assert.Equal(["Sanctions copy", "Sanctions copy (us_ofac_sdn)"], named.Allegations.Select(a => a.ListOrReport));
    }

    [Fact]
    public void Targets_simple_csv_cites_the_dataset_titles_of_its_rows()
    {
        var data = ListConverter.ToReference(Fixtures.Import(Fixtures.Path("opensanctions", "targets.simple.csv")), Fixtures.Exchanges);
        Assert.All(data.Allegations, a => Assert.Equal("OpenSanctions (US DHS UFLPA Entity List)", a.ListOrReport));
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
        // Each cites OpenSanctions with the datasets that record it, never a program as a list of its own.
        Assert.All(data.Allegations, a => Assert.StartsWith("OpenSanctions (", a.ListOrReport, StringComparison.Ordinal));
    }

    private const string Debarred =
        """{"id":"NK-x","schema":"Company","properties":{"name":["Example Handsets Corporation"],"country":["cn"],"isinCode":["KYG9830T1067"],"topics":["debarment"]},"datasets":["us_dod_chinese_milcorp"],"target":true}""" + "\n" +
        """{"id":"s-x","schema":"Sanction","properties":{"entity":["NK-x"],"authority":["Department of Defense"],"program":["Section 1260H list"],"listingDate":["2021-01-14"],"endDate":["2021-05-25"]},"datasets":["us_dod_chinese_milcorp"],"target":false}""" + "\n" +
        """{"id":"NK-y","schema":"Company","properties":{"name":["Example Optics Co., Ltd."],"country":["cn"],"topics":["debarment"]},"datasets":["us_dod_chinese_milcorp"],"target":true}""" + "\n" +
        """{"id":"s-y","schema":"Sanction","properties":{"entity":["NK-y"],"authority":["Department of Defense"],"program":["Section 1260H list"],"listingDate":["2024-01-31"]},"datasets":["us_dod_chinese_milcorp"],"target":false}""" + "\n" +
        """{"id":"s-y2","schema":"Sanction","properties":{"entity":["NK-y"],"program":["Section 1260H list"],"listingDate":["2021-01-14"],"endDate":["2022-01-01"]},"datasets":["us_dod_chinese_milcorp"],"target":false}""" + "\n";

    [Fact]
    public void A_sanction_that_ended_before_the_list_date_is_not_a_listing_and_a_1260h_entry_is_not_called_sanctioned()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "entities.ftm.json");
        File.WriteAllText(path, Debarred);
        var list = Fixtures.Import(path, new ImportOptions(Date: "2026-11-30"));
        // The entity whose only sanction has ended is left out and counted; the other keeps only its current listing.
        var entry = Assert.Single(list.Entries);
        Assert.Equal(("NK-y", "2024-01-31"), (entry.EntryId, entry.Date));
        Assert.Equal(AllegationCategories.NotStated, entry.Category);
        Assert.Equal("1 entity whose sanctions have all ended", list.LeftOut!.ToString());
        Assert.Contains(list.Problems, p => p.Problem.Contains("'Example Handsets Corporation'", StringComparison.Ordinal)
            && p.Problem.Contains("(Section 1260H list, 2021-01-14 until 2021-05-25) ended", StringComparison.Ordinal));
        Assert.Contains(list.Problems, p => p.Problem.Contains("'Example Optics Co., Ltd.'", StringComparison.Ordinal) && p.Problem.Contains("until 2022-01-01", StringComparison.Ordinal));

        // Read at a date before the end, the listing is current.
        var earlier = Fixtures.Import(path, new ImportOptions(Date: "2021-03-01"));
        Assert.Contains(earlier.Entries, e => e.EntryId == "NK-x" && e.Date == "2021-01-14");
    }

    [Fact]
    public void Targets_simple_csv_leaves_out_ended_sanctions_and_persons_and_invents_no_category()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "targets.simple.csv");
        File.WriteAllText(path, """
            id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,program_ids,dataset,first_seen,last_seen,last_change
            NK-x,Company,Example Handsets Corporation,,,cn,,KYG9830T1067,Section 1260H list - 2021-01-14 - 2021-05-25,,,,US DoD Chinese military companies,2021-01-15T00:00:00,2021-06-01T00:00:00,2021-05-26T00:00:00
            NK-y,Company,Example Optics Co. Ltd.,,,cn,,,Section 1260H list - 2024-01-31,,,,US DoD Chinese military companies,2024-02-01T00:00:00,2026-12-01T00:00:00,2024-02-01T00:00:00
            NK-z,Company,Example Trading Co. Ltd.,,,cn,,,,,,,US Trade Consolidated Screening List,2024-01-01T00:00:00,2026-12-01T00:00:00,2024-01-01T00:00:00
            NK-c,Company,Example Cameras Co. Ltd.,,,cn,,,Non-SDN Chinese Military-Industrial Complex Companies List - CMIC-EO13959 - 2021-06-03,,,,US OFAC Consolidated (non-SDN) Sanctions List,2021-06-04T00:00:00,2026-12-01T00:00:00,2021-06-04T00:00:00
            NK-w,LegalEntity,Wang Example,,,cn,,,,,,,UK HMT/OFSI Consolidated List of Targets,2021-03-23T00:00:00,2026-12-01T00:00:00,2021-03-23T00:00:00
            NK-b,LegalEntity,Example Public Security Bureau,,,cn,,,,,,,UK HMT/OFSI Consolidated List of Targets,2021-03-23T00:00:00,2026-12-01T00:00:00,2021-03-23T00:00:00
            """);
        var list = Fixtures.Import(path, new ImportOptions(Date: "2026-11-30"));
        Assert.Equal(["NK-y", "NK-z", "NK-c", "NK-b"], list.Entries.Select(e => e.EntryId));
        Assert.Equal([AllegationCategories.NotStated, AllegationCategories.NotStated, AllegationCategories.Sanctioned, AllegationCategories.NotStated],
            list.Entries.Select(e => e.Category));
        Assert.Equal("1 entity whose sanctions have all ended and 1 legal entity that looks like a person", list.LeftOut!.ToString());
        Assert.Contains(list.Problems, p => p.Line == 2 && p.Problem.Contains("ended on 2021-05-25", StringComparison.Ordinal));
        Assert.Contains(list.Problems, p => p.Line == 6 && p.Problem.Contains("'Wang Example'", StringComparison.Ordinal) && p.Problem.Contains("looks like a person", StringComparison.Ordinal));
    }
}
