using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core;
using Exposure.Lists.Conversion;
using Exposure.Lists.Model;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Import;

public sealed class SpreadsheetListTests
{
    [Fact]
    public void Columns_are_found_by_name_and_the_list_says_its_source_once()
    {
        var list = Fixtures.Import(Fixtures.Path("spreadsheet", "trustee-list.csv"));
        Assert.Equal(ListFormats.Spreadsheet, list.Provenance.Format);
        Assert.Equal("Example trustee policy list (test fixture)", list.Provenance.Name);
        Assert.Equal("https://example.org/trustee/policy-list-2026-q4", list.Provenance.SourceUrl);
        Assert.Equal("report", list.Provenance.SourceKind);
        Assert.Equal(3, list.Entries.Count);
        var zte = Fixtures.Entry(list, "ZTE Corporation");
        Assert.Equal(["CNE1000004Y2"], zte.Isins);
        Assert.Equal("XHKG:763", Assert.Single(zte.Listings).ToString());
        Assert.Equal("CN", zte.Country);
        Assert.Equal("zte-corporation", zte.EntryId);
        Assert.Equal("KY", Fixtures.Entry(list, "Tencent Holdings Ltd").Country);
        Assert.Empty(list.Problems);
    }

    [Fact]
    public void A_row_without_a_source_where_the_list_names_none_is_one_error_naming_file_and_line()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, "name,isin,source_url\nSourced Co,,https://example.org/a\nUnsourced Co,,\n");
        var e = Assert.Throws<DataException>(() => Fixtures.Import(path));
        Assert.Equal(3, e.Line);
        Assert.Contains("Unsourced Co", e.Message);
        Assert.Contains("source", e.Problem);

        var withOption = Fixtures.Import(path, new ImportOptions(SourceUrl: "https://example.org/list"));
        Assert.Equal(2, withOption.Entries.Count);
    }

    [Fact]
    public void Bad_isins_and_unknown_exchanges_are_reported_and_counted_never_dropped_silently()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, "# source: https://example.org/list\nName,ISINs,Listings\nAlpha Co,CNE1000004Y2;CNE1000004Y3,XHKG:763;XXXX:1\n");
        var list = Fixtures.Import(path);
        var entry = Assert.Single(list.Entries);
        Assert.Equal(["CNE1000004Y2"], entry.Isins);
        Assert.Equal(2, list.Problems.Count);
        Assert.Contains(list.Problems, p => p.Problem.Contains("CNE1000004Y3") && p.Line == 3);
        Assert.Contains(list.Problems, p => p.Problem.Contains("XXXX"));
    }

    [Fact]
    public void A_header_without_a_name_column_is_refused()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, "isin,ticker\nCNE1000004Y2,763\n");
        var e = Assert.Throws<DataException>(() => Fixtures.Import(path));
        Assert.Equal(1, e.Line);
        Assert.Contains("name", e.Problem);
    }

    [Fact]
    public void A_title_above_the_header_is_passed_over_as_a_holdings_files_preamble_is()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "entity-list.csv");
        File.WriteAllText(path, "Entity List — as of 2026-10-01\n\n# source: https://example.org/entity-list\nCompany,ISIN,Country\nZTE Corporation,CNE1000004Y2,China\nTencent Holdings Ltd,,Cayman Islands\n");
        var list = Fixtures.Import(path);
        Assert.Equal(["ZTE Corporation", "Tencent Holdings Ltd"], list.Entries.Select(e => e.Name));
        Assert.Equal(5, list.Entries[0].Line);
        Assert.Equal(["CNE1000004Y2"], list.Entries[0].Isins);
        Assert.Empty(list.Problems);
    }

    [Fact]
    public void A_saved_uflpa_entity_list_is_read_by_its_name_of_entity_column()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "uflpa.csv");
        File.WriteAllText(path, "UFLPA Entity List\nLast Updated: 01/15/2025\nName of Entity,Effective Date\n\"Hoshine Silicon Industry (Shanshan) Co., Ltd.\",2022-06-21\n\"Xinjiang Daqo New Energy Co., Ltd.\",2022-06-21\n");
        var list = Fixtures.Import(path, new ImportOptions(SourceUrl: "https://www.dhs.gov/uflpa-entity-list"));
        Assert.Equal(["Hoshine Silicon Industry (Shanshan) Co., Ltd.", "Xinjiang Daqo New Energy Co., Ltd."], list.Entries.Select(e => e.Name));
        Assert.Equal("2022-06-21", list.Entries[1].Date);
        Assert.Equal(5, list.Entries[1].Line);
    }

    [Fact]
    public void A_file_with_no_row_naming_a_name_column_says_so_from_its_first_line()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, "Entity List\nFirm,ISIN\nAlpha Co,CNE1000004Y2\n");
        var e = Assert.Throws<DataException>(() => Fixtures.Import(path));
        Assert.Equal(1, e.Line);
        Assert.StartsWith("no header row found", e.Problem, StringComparison.Ordinal);
        Assert.Contains("name of entity", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_legal_form_or_a_name_too_short_is_a_problem_line_and_is_not_matched_on()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "own.csv");
        File.WriteAllText(path, "# source: https://example.org/own\nname,isin\nLtd,\n\"Co., Ltd.\",CNE1000004Y2\nAB,\n有限公司,\nZTE,\n");
        var list = Fixtures.Import(path);
        Assert.Equal(5, list.Entries.Count);
        Assert.Equal([3, 4, 5, 6], list.Problems.Select(p => p.Line ?? 0));
        Assert.Contains("name 'Ltd' is only a legal form, which names no company: it is not matched on; the row gives no ISIN", list.Problems[0].Problem, StringComparison.Ordinal);
        Assert.Contains("name 'Co., Ltd.' is only a legal form", list.Problems[1].Problem, StringComparison.Ordinal);
        Assert.Contains("the row's ISIN, LEI or listing still is", list.Problems[1].Problem, StringComparison.Ordinal);
        Assert.Contains("name 'AB' is too short to match on safely", list.Problems[2].Problem, StringComparison.Ordinal);
        Assert.Contains("name '有限公司' is only a legal form", list.Problems[3].Problem, StringComparison.Ordinal);

        // Screened, such names match no holding; "ZTE" still does, and "Co., Ltd." by its ISIN only.
        var data = ListConverter.ToReference(list, Fixtures.Exchanges);
        var matcher = new Exposure.Core.Matching.Matcher(data);
        Assert.Equal(Exposure.Core.Matching.MatchOutcome.NoMatch, matcher.Match(Held("LTD")).Outcome);
        Assert.Equal(Exposure.Core.Matching.MatchOutcome.NoMatch, matcher.Match(Held("AB")).Outcome);
        Assert.Equal(Exposure.Core.Matching.MatchOutcome.NoMatch, matcher.Match(Held("CO LTD")).Outcome);
        Assert.NotEqual(Exposure.Core.Matching.MatchOutcome.NoMatch, matcher.Match(Held("ZTE")).Outcome);
    }

    [Fact]
    public void A_list_that_types_its_rows_leaves_out_its_people_and_counts_them()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "typed.csv");
        File.WriteAllText(path, "# source: https://example.org/typed\nname,type\nZhu Hailun,Person\nHikvision Digital Technology,Company\nSun Happiness,Vessel\n");
        var list = Fixtures.Import(path);
        Assert.Equal(["Hikvision Digital Technology"], list.Entries.Select(e => e.Name));
        Assert.Equal("1 individual and 1 vessel", list.LeftOut!.ToString());
    }

    private static Exposure.Core.Holdings.Holding Held(string name) =>
        new Exposure.Core.Holdings.HoldingNormaliser(Fixtures.Exchanges).Normalise(
            new Exposure.Core.Holdings.HoldingRow(new Exposure.Core.Holdings.SourceLocation("f.csv", 2), name, null, null, null));

    [Fact]
    public void An_xlsx_list_reads_as_the_csv_does()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "list.xlsx");
        WriteWorkbook(path,
        [
            ["# source: https://example.org/xlsx-list"],
            ["Entity Name", "ISIN", "Ticker", "Exchange", "Source Kind"],
            ["ZTE Corporation", "CNE1000004Y2", "0763", "XHKG", "news"],
        ]);
        var list = Fixtures.Import(path);
        var entry = Assert.Single(list.Entries);
        Assert.Equal("ZTE Corporation", entry.Name);
        Assert.Equal(["CNE1000004Y2"], entry.Isins);
        Assert.Equal("news", entry.SourceKind);
        Assert.Equal(3, entry.Line);
        Assert.Equal("https://example.org/xlsx-list", list.Provenance.SourceUrl);
    }

    internal static void WriteWorkbook(string path, string[][] rows)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var ws = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
                row.Append(new Cell
                {
                    CellReference = $"{(char)('A' + c)}{r + 1}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(rows[r][c])),
                });
            data.Append(row);
        }
        ws.Worksheet = new Worksheet(data);
        wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "List" }));
    }

    [Fact]
    public void A_company_entered_twice_in_one_country_is_one_company_and_says_so_while_other_countries_and_ids_stay_apart()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, "# source: https://example.org/list\nName,Country,LEI\n" +
            "ZTE Corporation,CN,\nZTE Corporation,CN,\nExample Holdings,CN,\nExample Holdings,US,\n" +
            "Other Example Co,CN,529900T8BM49AURSDO55\nOther Example Co,CN,5493001KJTIIGC8Y1R12\n");
        var data = ListConverter.ToReference(Fixtures.Import(path), Fixtures.Exchanges);

        var zte = Assert.Single(data.Companies, c => c.NameEn == "ZTE Corporation");
        Assert.Equal(2, data.AllegationsOf(zte.Id).Count());
        Assert.Contains("entered 2 times on the list (lines 3, 4): screened as one company", zte.ReviewNote);
        // The same name in two countries, or under two LEIs, may be two companies: the list is taken as it is.
        Assert.Equal(2, data.Companies.Count(c => c.NameEn == "Example Holdings"));
        Assert.Equal(2, data.Companies.Count(c => c.NameEn == "Other Example Co"));
    }
}
