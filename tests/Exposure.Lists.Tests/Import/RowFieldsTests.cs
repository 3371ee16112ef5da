using Exposure.Core;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Import;

/// <summary>
/// A CSV list's row with more or fewer fields than its header (a comma in a value without quotes, a file cut short) stops
/// the reading with one line naming the file, the line and both counts; spreadsheets' trailing empty columns still read.
/// </summary>
public sealed class RowFieldsTests
{
    private const string CslHeader = "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids";

    private const string OpenSanctionsHeader = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,program_ids,dataset,first_seen,last_seen,last_change";

    private static DataException Fails(string file, string text)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, file);
        File.WriteAllText(path, text);
        var e = Assert.Throws<DataException>(() => Fixtures.Import(path));
        Assert.Equal(path, e.File);
        return e;
    }

    [Fact]
    public void A_consolidated_screening_list_cut_mid_row_is_not_read()
    {
        // The file as a download cut short leaves it: the last row stops inside the source list's address.
        var full = File.ReadAllText(Fixtures.Path("csl", "consolidated.csv"));
        var cut = full[..(full.IndexOf("https://www.bis.gov/entity-list", StringComparison.Ordinal) + 20)];
        var e = Fails("consolidated.csv", cut);
        Assert.Equal(2, e.Line);
        Assert.Equal("22 fields where the header has 29: the row is cut short (is the file complete?), or its values are not in the header's columns", e.Problem);
    }

    [Fact]
    public void A_name_with_a_comma_and_no_quotes_stops_the_screening_list_naming_its_line()
    {
        var e = Fails("csl.csv", CslHeader + "\n"
            + "s1,Entity List (EL) - Bureau of Industry and Security,,,,\"Example Surveillance Technology Co., Ltd.\",,\"Hangzhou, CN\",84 FR 54002,2019-10-09,,,,,,,,,,,,https://www.bis.gov/entity-list,,,,,,,\n"
            + "s2,Entity List (EL) - Bureau of Industry and Security,,,,Zhejiang Example Technologies Co, Ltd.,,\"Hangzhou, CN\",84 FR 54002,2019-10-09,,,,,,,,,,,,https://www.bis.gov/entity-list,Example,,,,,,\n");
        Assert.Equal(3, e.Line);
        Assert.StartsWith("30 fields where the header has 29: a value with a comma and no quotes around it", e.Problem);
    }

    [Fact]
    public void A_name_with_a_comma_and_no_quotes_stops_opensanctions_targets_simple()
    {
        var e = Fails("targets.simple.csv", OpenSanctionsHeader + "\n"
            + "NK-a,Company,Example Polysilicon Co., Ltd.,Example Poly,,cn,,CNE10000PL11,UFLPA Entity List,,,,US DHS UFLPA Entity List,2023-06-09T00:00:00,2025-01-15T00:00:00,2023-06-09T00:00:00\n");
        Assert.Equal((2, "17 fields where the header has 16"), (e.Line, e.Problem[..e.Problem.IndexOf(':')]));
    }

    [Fact]
    public void A_name_with_a_comma_and_no_quotes_stops_a_list_of_one_s_own_and_a_short_row_too()
    {
        var e = Fails("own.csv", "# source: https://example.org/ngo\nCompany,Country,Reason\nZhejiang Example Technology Co, Ltd.,CN,Surveillance\n");
        Assert.Equal((3, "4 fields where the header has 3"), (e.Line, e.Problem[..e.Problem.IndexOf(':')]));
        var shortRow = Fails("own.csv", "# source: https://example.org/ngo\nCompany,Country,Reason\nExample One Co,CN,Surveillance\nExample Two Co,CN\n");
        Assert.Equal((4, "2 fields where the header has 3"), (shortRow.Line, shortRow.Problem[..shortRow.Problem.IndexOf(':')]));
    }

    [Fact]
    public void Trailing_empty_columns_as_spreadsheets_write_them_still_read()
    {
        using var temp = new TempFolder();
        // A header with unnamed columns after its last name, as a spreadsheet saves it, and rows that fill them with empty
        // fields, stop before them or run on with more: all are the header's columns.
        var own = Path.Combine(temp.Path, "own.csv");
        File.WriteAllText(own, "# source: https://example.org/ngo\nCompany,Country,Reason,,\nExample One Co,CN,Surveillance,,\nExample Two Co,CN,Labour\nExample Three Co,CN,Labour,,,\n");
        Assert.Equal(["CN", "CN", "CN"], Fixtures.Import(own).Entries.Select(e => e.Country));

        var csl = Path.Combine(temp.Path, "csl.csv");
        File.WriteAllText(csl, string.Join("\n", File.ReadAllLines(Fixtures.Path("csl", "consolidated.csv")).Select(l => l + ",,")) + "\n");
        var list = Fixtures.Import(csl);
        Assert.Equal(["csl-0001", "csl-0003"], list.Entries.Select(e => e.EntryId));
        Assert.Equal("https://www.bis.gov/entity-list", list.Entries[0].SourceUrl);
    }
}
