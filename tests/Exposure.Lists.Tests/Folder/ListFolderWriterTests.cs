using Exposure.Lists.Combine;
using Exposure.Lists.Folder;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Folder;

public sealed class ListFolderWriterTests
{
    [Theory]
    [InlineData("ofac-cons")]
    [InlineData("opensanctions/entities.ftm.json")]
    [InlineData("csl/consolidated.csv")]
    [InlineData("uflpa/uflpa-entity-list.html")]
    [InlineData("spreadsheet/trustee-list.csv")]
    [InlineData("csl/screening-list.csv")]
    [InlineData("ofac-cmic")]
    [InlineData("uflpa/uflpa-name-cells.html")]
    [InlineData("opensanctions/sanctions-last.ftm.json")]
    public void An_imported_list_written_as_a_folder_loads_back_the_same(string fixture)
    {
        using var temp = new TempFolder();
        var imported = ListLoader.Load(Fixtures.Path(fixture.Split('/')), RepoPaths.ReferenceData);
        ListFolderWriter.Write(imported.Data, imported.Info, imported.Issues, temp.Path, RepoPaths.ReferenceData);
        var loaded = ListLoader.Load(temp.Path, RepoPaths.ReferenceData);
        Assert.Equal(imported.Data.Companies, loaded.Data.Companies, new CompanyComparer());
        Assert.Equal(imported.Data.Names, loaded.Data.Names);
        Assert.Equal(imported.Data.Allegations, loaded.Data.Allegations);
        Assert.Equal(imported.Data.IdentifierSources, loaded.Data.IdentifierSources);
        Assert.Equal(imported.Info.Name, loaded.Info.Name);
        Assert.Equal((imported.Info.Date, imported.Info.DateIsFileModified), (loaded.Info.Date, loaded.Info.DateIsFileModified));
        Assert.Contains(imported.Info.Sha256, File.ReadAllText(Path.Combine(temp.Path, "provenance.csv")));
        Assert.Equal($"folder (imported from {imported.Info.Format})", loaded.Info.Format);
        Assert.Equal(imported.Issues.Count, loaded.Issues.Count);
    }

    [Fact]
    public void Text_a_spreadsheet_would_read_as_a_formula_is_guarded_and_restored()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "list.csv");
        File.WriteAllText(path, "# source: https://example.org/list\nname,aliases\n=HYPERLINK(\"http://x\"),@SUM(A1)\n");
        var imported = ListLoader.Load(path, RepoPaths.ReferenceData);
        var folder = Path.Combine(temp.Path, "out");
        ListFolderWriter.Write(imported.Data, imported.Info, imported.Issues, folder, RepoPaths.ReferenceData);
        var names = File.ReadAllText(Path.Combine(folder, "names.csv"));
        Assert.Contains("'=HYPERLINK", names);
        Assert.Contains("'@SUM(A1)", names);
        var loaded = ListLoader.Load(folder, RepoPaths.ReferenceData);
        Assert.Equal("=HYPERLINK(\"http://x\")", loaded.Data.Companies[0].NameEn);
    }

    private sealed class CompanyComparer : IEqualityComparer<Core.Reference.Company>
    {
        public bool Equals(Core.Reference.Company? a, Core.Reference.Company? b) =>
            a is not null && b is not null && a.Id == b.Id && a.NameEn == b.NameEn && a.NameNative == b.NameNative && a.Country == b.Country
            && a.Listings.SequenceEqual(b.Listings) && a.Isins.SequenceEqual(b.Isins) && a.Lei == b.Lei && a.ParentId == b.ParentId
            && a.Basis == b.Basis && a.ReviewNote == b.ReviewNote && a.PrivateCompany == b.PrivateCompany;

        public int GetHashCode(Core.Reference.Company c) => c.Id.GetHashCode(StringComparison.Ordinal);
    }
}
