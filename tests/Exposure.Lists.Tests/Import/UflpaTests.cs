using Exposure.Core;
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
        Assert.Equal(["Example Silicon Shanshan Co.", "Example Western Silicon Co., Ltd."], silicon.Aliases);
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
    public void Name_cells(string cell, string name, string? alias)
    {
        var parsed = UflpaNameCell.Parse(cell);
        Assert.Null(parsed.Review);
        Assert.Equal(name, parsed.Name);
        Assert.Equal(alias is null ? [] : [alias], parsed.Aliases);
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
