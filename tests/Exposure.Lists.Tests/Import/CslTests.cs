using Exposure.Core;
using Exposure.Lists.Model;

namespace Exposure.Lists.Tests.Import;

public sealed class CslTests
{
    [Fact]
    public void Entities_with_ids_pairs_are_read_and_individuals_are_not()
    {
        var list = Fixtures.Import(Fixtures.Path("csl", "consolidated.csv"));
        Assert.Equal(ListFormats.Csl, list.Provenance.Format);
        Assert.Equal(["csl-0001", "csl-0003"], list.Entries.Select(e => e.EntryId));
        var a = list.Entries[0];
        Assert.Equal(["CNE10000CS19"], a.Isins);
        Assert.Equal("XHKG:0998", Assert.Single(a.Listings).ToString());
        Assert.Equal(["Example Surveillance Tech", "ESTC"], Fixtures.Names(a.Aliases));
        Assert.Equal(["CN"], a.AllCountries);
        Assert.Equal("2019-10-09", a.Date);
        Assert.StartsWith("Entity List (EL)", a.Program);
        Assert.Equal("https://www.bis.gov/entity-list", a.SourceUrl);
        Assert.Contains("84 FR 54002", a.Reason);
        // The CSL compiles other lists: the entry is on the Entity List, as the CSL reports it.
        Assert.Equal("Listed on Entity List (EL) (2019-10-09), per the US Consolidated Screening List", a.Statement);
    }

    [Fact]
    public void A_bad_isin_is_reported_with_its_line()
    {
        var list = Fixtures.Import(Fixtures.Path("csl", "consolidated.csv"));
        var problem = Assert.Single(list.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("XS1233275195", problem.Problem);
        Assert.Empty(list.Entries[1].Isins);
    }

    [Fact]
    public void An_untyped_row_without_signs_of_an_organisation_is_left_out_as_a_person_and_reported()
    {
        var list = Fixtures.Import(Fixtures.Path("csl", "screening-list.csv"));
        Assert.DoesNotContain(list.Entries, e => e.Name == "Wang Ning");
        Assert.Contains(list.Problems, p => p.Line == 4 && p.Problem.Contains("Wang Ning", StringComparison.Ordinal) && p.Problem.Contains("looks like a person", StringComparison.Ordinal));
        Assert.Equal(1, list.LeftOut!.Of("untyped entry that looks like a person"));
        Assert.Equal(1, list.LeftOut.Of("individual"));
        // Untyped rows that read as organisations are kept.
        Assert.Contains(list.Entries, e => e.Name == "BGI Research");
        Assert.Contains(list.Entries, e => e.Name == "Rostec State Corporation");
        Assert.Equal(10, list.Entries.Count);
    }

    [Fact]
    public void A_list_of_one_untyped_person_yields_no_company_and_stops()
    {
        var e = Assert.Throws<DataException>(() => Fixtures.Import(Fixtures.Path("csl", "untyped-person.csv")));
        Assert.Equal("1 untyped entry that looks like a person was left out; no company or organisation remains", e.Problem);
    }

    [Fact]
    public void Entity_list_and_meu_entries_are_export_control_and_ofac_entries_sanctioned()
    {
        var list = Fixtures.Import(Fixtures.Path("csl", "screening-list.csv"));
        Assert.Equal("export-control", Fixtures.Entry(list, "iFlytek Co., Ltd.").Category);
        Assert.Equal("export-control", Fixtures.Entry(list, "Aviation Industry Corporation of China").Category);
        Assert.Equal("sanctioned", Fixtures.Entry(list, "XINJIANG PRODUCTION AND CONSTRUCTION CORPS").Category);
    }

    [Fact]
    public void Every_country_of_an_entry_s_addresses_is_kept()
    {
        var list = Fixtures.Import(Fixtures.Path("csl", "screening-list.csv"));
        Assert.Equal(["HK", "AE", "CN"], Fixtures.Entry(list, "Sun Wah Electronics Trading Co.").AllCountries);
    }

    [Fact]
    public void A_name_that_is_only_a_legal_form_is_reported_on_its_line_as_the_own_list_reader_does()
    {
        using var temp = new Exposure.TestSupport.TempFolder();
        var path = Path.Combine(temp.Path, "consolidated.csv");
        var header = File.ReadLines(Fixtures.Path("csl", "consolidated.csv")).First();
        File.WriteAllText(path, header + "\n"
            + "csl-1,Entity List (EL) - Bureau of Industry and Security,,Entity,,\"Example Optics Co., Ltd.\",,,84 FR 1,2019-10-09,,,,,,,,,,,,https://www.bis.gov/entity-list,,,,,,,\n"
            + "csl-2,Entity List (EL) - Bureau of Industry and Security,,Entity,,\"Co., Ltd.\",,,84 FR 2,2019-10-09,,,,,,,,,,,,https://www.bis.gov/entity-list,,,,,,,\n");
        var list = Fixtures.Import(path);
        Assert.Equal(2, list.Entries.Count);
        var problem = Assert.Single(list.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("name 'Co., Ltd.' is only a legal form, which names no company: it is not matched on", problem.Problem);
    }

    [Fact]
    public void The_csl_json_download_is_named_with_the_csv_to_use_instead()
    {
        using var temp = new Exposure.TestSupport.TempFolder();
        var path = Path.Combine(temp.Path, "consolidated.json");
        File.WriteAllText(path, "{\n \"results\": [\n  {\"id\": \"a1\", \"source\": \"Entity List (EL) - Bureau of Industry and Security\", \"name\": \"Example Optics Co., Ltd.\"}\n ],\n \"sources_used\": []\n}\n");
        var e = Assert.Throws<DataException>(() => Fixtures.Import(path));
        Assert.StartsWith("the US Consolidated Screening List's JSON download", e.Problem);
        Assert.Contains("use the CSV download", e.Problem);
    }
}
