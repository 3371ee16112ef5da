using Exposure.Core;
using Exposure.Lists.Conversion;
using Exposure.Lists.Model;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Import;

public sealed class OfacXmlTests
{
    private static ImportedList Sdn(ImportOptions? options = null) => Fixtures.Import(Fixtures.Path("ofac-xml", "SDN.XML"), options);

    [Fact]
    public void Sdn_xml_entities_are_read_with_aliases_addresses_and_identifiers_and_people_are_counted()
    {
        var list = Sdn();
        Assert.Equal(ListFormats.OfacXml, list.Provenance.Format);
        Assert.Equal(["28573", "30004"], list.Entries.Select(e => e.EntryId));
        Assert.Equal("1 individual and 1 vessel", list.LeftOut!.ToString());

        var xpcc = list.Entries[0];
        Assert.Equal([ListAlias.Trading("XPCC"), ListAlias.Former("XINJIANG MILITARY REGION PRODUCTION AND CONSTRUCTION CORPS")], xpcc.Aliases);
        Assert.Equal(["CN"], xpcc.AllCountries);
        Assert.Equal("SDN List, program GLOMAG", xpcc.Program);
        Assert.Equal("target type: State-Owned Enterprise", xpcc.Reason);

        var trading = list.Entries[1];
        Assert.Equal(["CNE100000PM8"], trading.Isins);
        Assert.Equal(["XSHE:002415"], trading.Listings.Select(l => l.ToString()));
        Assert.Equal(["AE", "CN"], trading.AllCountries);
        Assert.Equal("SDN List, program NPWMD; IFSR", trading.Program);
    }

    [Fact]
    public void The_publish_date_is_the_list_s_stated_date()
    {
        var list = Sdn();
        Assert.Equal(("2026-11-28", true), (list.Provenance.FileDate, list.Provenance.FileDateStated));
        Assert.Contains("entry 28573 of the file dated 2026-11-28", ListConverter.ToReference(list, Fixtures.Exchanges).Allegations[0].Summary);
    }

    [Fact]
    public void A_program_filter_applies()
    {
        Assert.Equal(["30004"], Sdn(new ImportOptions(Programs: ["NPWMD"])).Entries.Select(e => e.EntryId));
    }

    [Fact]
    public void Ofac_advanced_xml_is_named_as_such_with_the_files_to_use()
    {
        var e = Assert.Throws<DataException>(() => Fixtures.Import(Fixtures.Path("ofac-xml", "sdn_advanced.xml")));
        Assert.StartsWith("an OFAC XML file in the advanced format, which Exposure does not read; use SDN.XML or the CSV files sdn.csv, alt.csv, add.csv, sdn_comments.csv", e.Problem);
    }

    [Fact]
    public void A_truncated_sdn_xml_stops_with_one_line_naming_the_file()
    {
        var e = Assert.Throws<DataException>(() => Fixtures.Import(Fixtures.Path("ofac-xml", "truncated-sdn.xml")));
        Assert.EndsWith("truncated-sdn.xml", e.File);
        Assert.StartsWith("not well-formed XML", e.Problem);
    }

    [Fact]
    public void An_xml_file_with_a_doctype_is_refused_without_reading_entities()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "sdn.xml");
        File.WriteAllText(path, "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<sdnList><sdnEntry><uid>1</uid><lastName>&x;</lastName><sdnType>Entity</sdnType></sdnEntry></sdnList>\n");
        Assert.Throws<DataException>(() => Fixtures.Import(path));
    }

    [Fact]
    public void A_file_holding_fewer_entries_than_its_record_count_says_so_with_both_numbers()
    {
        Assert.Empty(Sdn().Problems);
        Assert.Equal(4, Sdn().Provenance.EntriesStated);

        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "SDN.XML");
        File.WriteAllText(path, File.ReadAllText(Fixtures.Path("ofac-xml", "SDN.XML")).Replace("<Record_Count>4</Record_Count>", "<Record_Count>7</Record_Count>", StringComparison.Ordinal));
        var list = Fixtures.Import(path);
        Assert.Equal(2, list.Entries.Count);
        var problem = Assert.Single(list.Problems);
        Assert.Equal((path, 3), (problem.File, problem.Line));
        Assert.Equal("the file states 7 entries (Record_Count); 4 were read: the file is not the whole list it says it is", problem.Problem);
        Assert.Equal(7, list.Provenance.EntriesStated);

        var loaded = Exposure.Lists.Combine.ListLoader.FromImported(list, Fixtures.Exchanges);
        Assert.Equal("the file states 7 entries; 4 were read", Exposure.Core.Reporting.ListFraming.EntriesDisagree(loaded.Info));
    }

    [Fact]
    public void An_sdn_entry_whose_target_type_is_private_company_is_marked_a_private_company()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "SDN.XML");
        File.WriteAllText(path, File.ReadAllText(Fixtures.Path("ofac-xml", "SDN.XML")).Replace("<idNumber>State-Owned Enterprise</idNumber>", "<idNumber>Private Company</idNumber>", StringComparison.Ordinal));
        var list = Fixtures.Import(path);
        Assert.Equal("Target Type Private Company", list.Entries[0].PrivateCompany);
        Assert.Null(Sdn().Entries[0].PrivateCompany);
        var data = ListConverter.ToReference(list, Fixtures.Exchanges);
        Assert.Equal($"entry 28573 of {list.Provenance.Name}: Target Type Private Company",
            Assert.Single(data.Companies, c => c.NameEn == "XINJIANG PRODUCTION AND CONSTRUCTION CORPS").PrivateCompany);
    }
}
