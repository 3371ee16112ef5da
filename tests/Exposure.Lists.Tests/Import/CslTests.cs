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
        Assert.Equal(["Example Surveillance Tech", "ESTC"], a.Aliases);
        Assert.Equal("CN", a.Country);
        Assert.Equal("2019-10-09", a.Date);
        Assert.StartsWith("Entity List (EL)", a.Program);
        Assert.Equal("https://www.bis.gov/entity-list", a.SourceUrl);
        Assert.Contains("84 FR 54002", a.Reason);
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
}
