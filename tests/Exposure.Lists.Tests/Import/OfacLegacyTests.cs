using Exposure.Core;
using Exposure.Core.Reference;
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
        Assert.Equal(["CN"], engine.AllCountries);
        Assert.Contains("EAECC", Fixtures.Names(engine.Aliases));
        Assert.Contains("EXAMPLE AERO ENGINE CORP", Fixtures.Names(engine.Aliases));
        Assert.Contains("CMIC-EO13959", engine.Program);
        Assert.Contains("NS-CMIC", engine.Program);
    }

    [Fact]
    public void Remarks_cut_at_the_limit_continue_from_the_comments_file()
    {
        var group = Fixtures.Entry(Consolidated(), "EXAMPLE AVIATION INDUSTRY GROUP");
        Assert.Equal(["HK0000000CS3"], group.Isins);
        Assert.Equal("2021-06-03", group.Date);
        Assert.Contains("EXAMPLE AVIATION INDUSTRY GROUP CO LTD", Fixtures.Names(group.Aliases));
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
        // The entries give only an effective date: it is said to be one, never given as the listing date.
        Assert.StartsWith("Listed on OFAC Consolidated Sanctions List (non-SDN), effective 2021-08-02, under", data.AllegationsOf(engine.Id).First().Summary);
        Assert.All(data.AllegationsOf(engine.Id), a => Assert.Equal(("2021-08-02", DateKinds.Effective), (a.Date, a.DateKind)));
        Assert.Equal("Listed on OFAC Consolidated Sanctions List (non-SDN) (effective 2021-08-02)", new Core.Families.CorporateFamilies(data).BasisText(engine));
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

    [Fact]
    public void A_file_of_people_and_a_vessel_yields_no_company_and_stops_saying_what_was_left_out()
    {
        var e = Assert.Throws<DataException>(() => Fixtures.Import(Fixtures.Path("ofac-people", "sdn.csv")));
        Assert.Equal("2 individuals and 1 vessel were left out; no company or organisation remains", e.Problem);
        Assert.EndsWith("sdn.csv", e.File);
    }

    [Fact]
    public void A_program_filter_that_keeps_nothing_stops()
    {
        var e = Assert.Throws<DataException>(() => Consolidated(new ImportOptions(Programs: ["NO-SUCH-PROGRAM"])));
        Assert.Contains("entities outside the --program filter", e.Problem);
    }

    [Fact]
    public void Ns_cmic_is_listed_on_its_listing_date_and_the_effective_date_is_given_as_such()
    {
        var list = Fixtures.Import(Fixtures.Path("ofac-cmic"));
        var hik = Fixtures.Entry(list, "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.");
        Assert.Equal(("2021-06-03", "2021-08-02"), (hik.Date, hik.EffectiveDate));
        var data = ListConverter.ToReference(list, Fixtures.Exchanges);
        var allegation = Assert.Single(data.Allegations, a => a.Id == "32091");
        Assert.Equal("2021-06-03", allegation.Date);
        Assert.StartsWith("Listed on OFAC Consolidated Sanctions List (non-SDN) (2021-06-03), effective 2021-08-02, under ", allegation.Summary);
    }

    [Fact]
    public void The_file_s_modification_date_is_said_to_be_one_not_the_publisher_s_date()
    {
        var list = Consolidated();
        Assert.False(list.Provenance.FileDateStated);
        var summary = ListConverter.ToReference(list, Fixtures.Exchanges).Allegations[0].Summary;
        Assert.Contains($"of the file downloaded or last modified on {list.Provenance.FileDate} (the file's own date is not stated)", summary);

        var dated = Consolidated(new ImportOptions(Date: "2026-11-28"));
        Assert.True(dated.Provenance.FileDateStated);
        Assert.Contains("of the file dated 2026-11-28", ListConverter.ToReference(dated, Fixtures.Exchanges).Allegations[0].Summary);
    }

    [Fact]
    public void An_entity_with_addresses_in_several_countries_keeps_them_all_and_is_not_tied_to_the_first()
    {
        var list = Fixtures.Import(Fixtures.Path("ofac-sdn"));
        var trading = Fixtures.Entry(list, "CHINA ELECTRONICS IMPORT AND EXPORT TRADING COMPANY");
        Assert.Equal(["AE", "CN"], trading.AllCountries);
        var company = Assert.Single(ListConverter.ToReference(list, Fixtures.Exchanges).Companies, c => c.NameEn == trading.Name);
        Assert.Equal("", company.Country);
        Assert.Contains("several countries (AE, CN)", company.ReviewNote);
        Assert.Equal("CN", Assert.Single(ListConverter.ToReference(list, Fixtures.Exchanges).Companies, c => c.NameEn == "XINJIANG PRODUCTION AND CONSTRUCTION CORPS").Country);
    }

    [Fact]
    public void Cn_codes_country_suffixes_and_linked_parents_ending_in_a_dot_are_read_as_the_real_file_writes_them()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "ofac");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "cons_prim.csv"), string.Join("\r\n",
            "91001,\"EXAMPLE MOBILE COMMUNICATIONS GROUP CO., LTD.\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Target Type State-Owned Enterprise; Unified Social Credit Code (USCC) 91330000733796106P (China); Listing Date (CMIC) 03 Jun 2021.\"",
            "91002,\"EXAMPLE MOBILE LIMITED\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Target Type Public Company; Equity Ticker 002415 CN; alt. Equity Ticker 688981 CN; alt. Equity Ticker 603019CN; alt. Equity Ticker C1HL34 BR; alt. Equity Ticker CHA US; Linked To: EXAMPLE MOBILE COMMUNICATIONS GROUP CO., LTD.\"",
            "91003,\"EXAMPLE BANK OJSC\",-0- ,\"UKRAINE-EO13662] [RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Legal Entity Number 25340038P8SYW80B9W34 (Russia); Target Type Financial Institution.\"",
            ""));
        var list = Fixtures.Import(folder);
        var mobile = Fixtures.Entry(list, "EXAMPLE MOBILE LIMITED");
        Assert.Equal(["XSHE:002415", "XSHG:688981", "XSHG:603019", "BVMF:C1HL34"], mobile.Listings.Select(l => l.ToString()));
        Assert.Equal("91330000733796106P", Fixtures.Entry(list, "EXAMPLE MOBILE COMMUNICATIONS GROUP CO., LTD.").Uscc);
        Assert.Equal("25340038P8SYW80B9W34", Fixtures.Entry(list, "EXAMPLE BANK OJSC").Lei);
        // Only the US composite is reported: it names no one exchange.
        var problem = Assert.Single(list.Problems);
        Assert.Contains("'CHA US'", problem.Problem, StringComparison.Ordinal);

        var data = ListConverter.ToReference(list, Fixtures.Exchanges);
        var company = Assert.Single(data.Companies, c => c.NameEn == "EXAMPLE MOBILE LIMITED");
        Assert.Equal("example-mobile-communications-group-co-ltd", company.ParentId);
        Assert.DoesNotContain("not an entry", company.ReviewNote, StringComparison.Ordinal);
        Assert.Contains(data.IdentifierSources, s => s.Field == "uscc" && s.Value == "91330000733796106P");
    }

    [Fact]
    public void An_entry_the_list_calls_a_private_company_is_marked_so_unless_an_entry_gives_it_a_listing()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "ofac");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "cons_prim.csv"), string.Join("\r\n",
            "30942,\"CHINA UNITED NETWORK COMMUNICATIONS GROUP CO., LTD.\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Target Type Private Company; ISIN CND10000KTG5; Effective Date (CMIC) 02 Aug 2021; Listing Date (CMIC) 03 Jun 2021; Unified Social Credit Code (USCC) 91110000MA001HYK9X (China).\"",
            "30943,\"EXAMPLE LISTED PRIVATE CO., LTD.\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Target Type Private Company; Equity Ticker 600050 CN; Listing Date (CMIC) 03 Jun 2021.\"",
            "30944,\"EXAMPLE PUBLIC CO., LTD.\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Target Type Public Company; Listing Date (CMIC) 03 Jun 2021.\"",
            ""));
        var list = Fixtures.Import(folder);
        Assert.Equal("Target Type Private Company", Fixtures.Entry(list, "CHINA UNITED NETWORK COMMUNICATIONS GROUP CO., LTD.").PrivateCompany);
        Assert.Null(Fixtures.Entry(list, "EXAMPLE PUBLIC CO., LTD.").PrivateCompany);

        var data = ListConverter.ToReference(list, Fixtures.Exchanges);
        var unicom = Assert.Single(data.Companies, c => c.NameEn == "CHINA UNITED NETWORK COMMUNICATIONS GROUP CO., LTD.");
        Assert.Equal($"entry 30942 of {list.Provenance.Name}: Target Type Private Company", unicom.PrivateCompany);
        Assert.Equal(["CND10000KTG5"], unicom.Isins);
        // An entry that gives the company an equity ticker says it has listed shares, whatever its target type.
        Assert.Null(Assert.Single(data.Companies, c => c.NameEn == "EXAMPLE LISTED PRIVATE CO., LTD.").PrivateCompany);
        Assert.Null(Assert.Single(data.Companies, c => c.NameEn == "EXAMPLE PUBLIC CO., LTD.").PrivateCompany);
    }
}
