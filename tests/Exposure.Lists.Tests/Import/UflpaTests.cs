using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Lists.Import;
using Exposure.Lists.Model;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Import;

public sealed class UflpaTests
{
    private static ImportedList Page() => Fixtures.Import(Fixtures.Path("uflpa", "uflpa-entity-list.html"));

    [Fact]
    public void Each_table_row_is_an_entry_under_its_section_with_its_effective_date()
    {
        var list = Page();
        Assert.Equal(ListFormats.Uflpa, list.Provenance.Format);
        Assert.Equal(5, list.Entries.Count);
        var silicon = Fixtures.Entry(list, "Example Silicon Industry Co., Ltd.");
        Assert.Equal(["Example Silicon Shanshan Co.", "Example Western Silicon Co., Ltd."], Fixtures.Names(silicon.Aliases));
        Assert.Equal("2022-06-21", silicon.Date);
        Assert.StartsWith("Section 2(d)(2)(B)(i)", silicon.Program);
        Assert.Equal("forced-labour", silicon.Category);
        Assert.Contains("including two aliases", silicon.AsWritten);
        Assert.Equal("2023-06-09", Fixtures.Entry(list, "Example Polysilicon Co., Ltd.").Date);
        var textile = Fixtures.Entry(list, "Example Textile & Garment Group");
        Assert.Equal("labour-transfer", textile.Category);
        Assert.Equal("2024-08-01", textile.Date);
    }

    [Fact]
    public void The_page_s_effective_date_is_said_to_be_one_never_a_listing_date()
    {
        var list = Page();
        Assert.All(list.Entries, e => Assert.Equal(DateKinds.Effective, e.DateKind));
        var data = Exposure.Lists.Conversion.ListConverter.ToReference(list, Fixtures.Exchanges);
        var silicon = Assert.Single(data.Companies, c => c.NameEn == "Example Silicon Industry Co., Ltd.");
        var allegation = Assert.Single(data.AllegationsOf(silicon.Id));
        Assert.Equal(("2022-06-21", DateKinds.Effective), (allegation.Date, allegation.DateKind));
        Assert.StartsWith("Listed on DHS UFLPA Entity List, effective 2022-06-21, under Section 2(d)(2)(B)(i)", allegation.Summary);
        Assert.DoesNotContain("(2022-06-21)", allegation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Subordinate_and_affiliated_entities_are_kept_as_the_scope_not_as_a_name()
    {
        var corps = Fixtures.Entry(Page(), "Example Production and Construction Corps");
        Assert.Equal("listed with and its subordinate and affiliated entities", corps.Reason);
        Assert.Empty(corps.Aliases);
    }

    [Fact]
    public void A_name_cell_that_cannot_be_parsed_goes_to_review_as_written()
    {
        var list = Page();
        var odd = Fixtures.Entry(list, "Example Mining (Group) Co.; see also Example Gold Co., Ltd. (Xinjiang branch)");
        Assert.NotNull(odd.ReviewNote);
        Assert.Empty(odd.Aliases);
        var problem = Assert.Single(list.Problems);
        Assert.Equal(17, problem.Line);
    }

    [Theory]
    [InlineData("A Co., Ltd. (including one alias: B Co.)", "A Co., Ltd.", "B Co.")]
    [InlineData("A Group (also known as AG)", "A Group", "AG")]
    [InlineData("A Group and its subsidiaries", "A Group", null)]
    [InlineData("A Group (formerly known as B Group)", "A Group", "B Group")]
    [InlineData("A (Shanshan) Co., Ltd.", "A (Shanshan) Co., Ltd.", null)]
    [InlineData("A Silicon Industry (Shanshan) Co., Ltd (including one alias: B Silicon) and subsidiaries", "A Silicon Industry (Shanshan) Co., Ltd", "B Silicon")]
    [InlineData("A Trading and Logistics Co., Ltd.", "A Trading and Logistics Co., Ltd.", null)]
    public void Name_cells(string cell, string name, string? alias)
    {
        var parsed = UflpaNameCell.Parse(cell);
        Assert.Null(parsed.Review);
        Assert.Equal(name, parsed.Name);
        Assert.Equal(alias is null ? [] : [alias], Fixtures.Names(parsed.Aliases));
    }

    [Fact]
    public void And_subsidiaries_without_its_is_the_scope_kept_apart_from_the_name()
    {
        var parsed = UflpaNameCell.Parse("A Silicon Industry (Shanshan) Co., Ltd (including one alias: B Silicon) and subsidiaries");
        Assert.Equal("and subsidiaries", parsed.Scope);
    }

    private static ImportedList RealCells() => Fixtures.Import(Fixtures.Path("uflpa", "uflpa-name-cells.html"));

    [Fact]
    public void A_name_with_its_subsidiaries_named_after_a_colon_gives_the_name_and_the_subsidiaries_as_names_to_review()
    {
        var list = RealCells();
        var ninestar = Fixtures.Entry(list, "Ninestar Corporation");
        Assert.Equal(
            [ListAlias.Trading("Zhuhai Ninestar Information Technology Co., Ltd."), ListAlias.Trading("Zhuhai Pantum Electronics Co., Ltd.")],
            ninestar.Aliases);
        Assert.Contains("and its eight Zhuhai-based subsidiaries", ninestar.Reason);
        Assert.Contains("Zhuhai Pantum Electronics Co., Ltd.", ninestar.ReviewNote);
        Assert.StartsWith("Ninestar Corporation and its eight", ninestar.AsWritten);
        Assert.DoesNotContain(list.Problems, p => p.Problem.Contains("Ninestar", StringComparison.Ordinal));
    }

    [Fact]
    public void An_abbreviation_in_brackets_before_the_scope_is_an_alias()
    {
        var xpcc = Fixtures.Entry(RealCells(), "Xinjiang Production and Construction Corps");
        Assert.Equal([ListAlias.Trading("XPCC")], xpcc.Aliases);
        Assert.Equal("listed with and its subordinate and affiliated entities", xpcc.Reason);
        Assert.Null(xpcc.ReviewNote);
    }

    [Fact]
    public void Aliases_and_former_names_in_one_bracket_are_each_kept_with_their_kind()
    {
        var hongyuan = Fixtures.Entry(RealCells(), "Hongyuan Green Energy Co., Ltd.");
        Assert.Equal(
        [
            ListAlias.Trading("HY Solar"),
            ListAlias.Trading("Hoyuan Green Energy Co. Ltd."),
            ListAlias.Former("Wuxi Shangji CNC Co., Ltd."),
            ListAlias.Former("Wuxi Shangji Automation Co., Ltd."),
            ListAlias.Former("Wuxi Shangji Grinding Machine Co., Ltd."),
        ], hongyuan.Aliases);
        Assert.Null(hongyuan.ReviewNote);
    }

    [Fact]
    public void Every_real_cell_wording_is_parsed_and_a_place_in_brackets_stays_in_the_name()
    {
        var list = RealCells();
        Assert.Empty(list.Problems);
        Assert.Equal(10, list.Entries.Count);
        Assert.DoesNotContain(list.Entries, e => e.ReviewNote is { } note && note.Contains("not parsed", StringComparison.Ordinal));
        Assert.Empty(Fixtures.Entry(list, "Hoshine Silicon Industry (Shanshan) Co., Ltd.").Aliases);
        Assert.Equal(
            ["Xinjiang Great New Energy Co., Ltd.", "Xinjiang Daxin Energy Co., Ltd.", "Xinjiang Daqin Energy Co., Ltd."],
            Fixtures.Names(Fixtures.Entry(list, "Xinjiang Daqo New Energy Co., Ltd.").Aliases));
        Assert.Equal([ListAlias.Trading("Xinjiang Joinworld Co., Ltd.")], Fixtures.Entry(list, "Xinjiang Zhonghe Co., Ltd.").Aliases);
        Assert.Equal(["Hefei Meiling Group Holdings Limited", "Hefei Meiling Co."], Fixtures.Names(Fixtures.Entry(list, "Hefei Meiling Co. Ltd.").Aliases));
    }

    [Fact]
    public void The_page_s_last_updated_date_is_the_list_s_date()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "uflpa.html");
        File.WriteAllText(path, File.ReadAllText(Fixtures.Path("uflpa", "uflpa-name-cells.html"))
            .Replace("</body>", "<div class=\"last-updated\">Last Updated: <time>01/15/2025</time></div></body>", StringComparison.Ordinal));
        var dated = Fixtures.Import(path).Provenance;
        Assert.Equal(("2025-01-15", true), (dated.FileDate, dated.FileDateStated));
        Assert.False(RealCells().Provenance.FileDateStated);
    }

    [Fact]
    public void A_page_without_the_table_is_refused()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "page.html");
        File.WriteAllText(path, "<html><body><table><tr><td>x</td></tr></table></body></html>");
        Assert.Throws<DataException>(() => Fixtures.Import(path));
    }

    [Fact]
    public void A_row_without_a_name_of_entity_is_reported_with_its_line_and_left_out()
    {
        using var temp = new TempFolder();
        var path = temp.File("uflpa.html",
            "<html><body>\n<h2>Section 2(d)(2)(B)(i): entities</h2>\n<table>\n<tr><th>Name of Entity</th><th>Effective Date</th></tr>\n" +
            "<tr><td>Example Silicon Industry Co., Ltd.</td><td>June 21, 2022</td></tr>\n" +
            "<tr><td></td><td>June 21, 2022</td></tr>\n" +
            "<tr><td> &nbsp; </td><td></td></tr>\n" +
            "<tr></tr>\n" +
            "<tr><td>Example Polysilicon Co., Ltd.</td><td>6/9/2023</td></tr>\n</table>\n</body></html>\n");

        var list = Fixtures.Import(path);

        Assert.Equal(["Example Silicon Industry Co., Ltd.", "Example Polysilicon Co., Ltd."], list.Entries.Select(e => e.Name));
        Assert.Equal(
            [
                (6, "the row has no name of entity ('June 21, 2022'): left out"),
                (7, "the row has no name of entity and no other text: left out"),
                (8, "the row has no name of entity and no other text: left out"),
            ],
            list.Problems.Select(p => (p.Line!.Value, p.Problem)));
        Assert.All(list.Problems, p => Assert.Equal(path, p.File));
    }
}
