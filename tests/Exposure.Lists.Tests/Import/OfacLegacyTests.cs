using Exposure.Core;
using Exposure.Lists.Conversion;
using Exposure.Lists.Model;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Import;

public sealed class OfacLegacyTests
{
    private static ImportedList Consolidated(ImportOptions? options = null) => Fixtures.Import(Fixtures.Path("ofac-cons"), options);

    [Fact]
    public void Entities_are_read_with_identifiers_from_the_remarks_and_individuals_are_left_out()
    {
        var list = Consolidated();
        Assert.Equal(ListFormats.OfacLegacy, list.Provenance.Format);
        Assert.Equal(["90001", "90002", "90003", "90005"], list.Entries.Select(e => e.EntryId));
        var engine = Fixtures.Entry(list, "EXAMPLE AERO ENGINE CORPORATION OF CHINA");
        Assert.Equal(["CNE10000ZZ05"], engine.Isins);
        Assert.Equal(["XSHG:600999", "XHKG:0999"], engine.Listings.Select(l => l.ToString()));
        Assert.Equal("91110000EXAMPLE001", engine.Uscc);
        Assert.Equal("2021-08-02", engine.Date);
        Assert.Equal("EXAMPLE AVIATION INDUSTRY GROUP", engine.Parent);
        Assert.Equal("CN", engine.Country);
        Assert.Contains("EAECC", engine.Aliases);
        Assert.Contains("EXAMPLE AERO ENGINE CORP", engine.Aliases);
        Assert.Contains("CMIC-EO13959", engine.Program);
        Assert.Contains("NS-CMIC", engine.Program);
    }

    [Fact]
    public void Remarks_cut_at_the_limit_continue_from_the_comments_file()
    {
        var group = Fixtures.Entry(Consolidated(), "EXAMPLE AVIATION INDUSTRY GROUP");
        Assert.Equal(["HK0000000CS3"], group.Isins);
        Assert.Equal("2021-06-03", group.Date);
        Assert.Contains("EXAMPLE AVIATION INDUSTRY GROUP CO LTD", group.Aliases);
    }

    [Fact]
    public void A_bad_check_digit_and_a_composite_exchange_code_are_reported()
    {
        var problems = Consolidated().Problems;
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Problem.Contains("CNE10000XY17") && p.Line == 1);
        Assert.Contains(problems, p => p.Problem.Contains("EXA US") && p.Line == 3);
    }

    [Fact]
    public void Entries_sharing_a_uscc_are_one_company_and_linked_parents_are_resolved()
    {
        var data = ListConverter.ToReference(Consolidated(), Fixtures.Exchanges);
        Assert.Equal(3, data.Companies.Count);
        var engine = data.Company("example-aero-engine-corporation-of-china");
        Assert.Equal(["90001", "90002"], data.AllegationsOf(engine.Id).Select(a => a.Id));
        Assert.Contains(data.NamesOf(engine.Id), n => n.Name == "EAECC HOLDINGS");
        Assert.Equal("example-aviation-industry-group", engine.ParentId);
        Assert.All(data.AllegationsOf(engine.Id), a => Assert.True(a.Listed));
        Assert.All(data.Allegations, a => Assert.Equal("official", a.SourceKind));
        Assert.StartsWith("Listed on OFAC Consolidated Sanctions List (non-SDN) (2021-08-02)", data.AllegationsOf(engine.Id).First().Summary);
    }

    [Fact]
    public void A_program_filter_keeps_only_that_program()
    {
        var list = Consolidated(new ImportOptions(Programs: ["CMIC-EO13959"]));
        Assert.DoesNotContain(list.Entries, e => e.Name == "EXAMPLE SSI BANK");
        Assert.Equal(3, list.Entries.Count);
    }

    [Fact]
    public void A_row_that_is_not_ofac_layout_names_file_and_line()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "sdn.csv"), "1,\"A\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\nx,\"B\"\r\n");
        var e = Assert.Throws<DataException>(() => Fixtures.Import(Path.Combine(temp.Path, "sdn.csv")));
        Assert.Equal(2, e.Line);
        Assert.EndsWith("sdn.csv", e.File);
    }
}
