using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Readers.Reference;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Reference;

public sealed class ReferenceDataLoaderTests
{
    [Fact]
    public void Bundled_reference_data_loads_with_every_company_sourced()
    {
        var data = ReferenceDataLoader.Load(RepoPaths.ReferenceData);
        Assert.Equal(51, data.Companies.Count);
        Assert.Equal(163, data.Names.Count);
        Assert.Equal(94, data.Allegations.Count);
        Assert.Matches(@"^\d{4}\.\d{2}\.\d{2}$", data.Version);
        Assert.Equal(Basis.ParentOfNamed, data.Company("hon-hai").Basis);
        Assert.Equal(Basis.SubsidiaryOfNamed, data.Company("jinko-solar-co").Basis);
        Assert.Equal([new Listing("XSHE", "000063"), new Listing("XHKG", "0763")], data.Company("zte").Listings);
        Assert.All(data.Allegations, a => Assert.StartsWith("http", a.SourceUrl));
    }

    [Theory]
    [InlineData("companies.csv", "CNE000000TK5", "CNE000000TK4", "companies.csv, line 18: ISIN 'CNE000000TK4' of 'zte' fails the ISO 6166 check")]
    [InlineData("companies.csv", "655600XIK27S3214IO50", "655600XIK27S3214IO51", "companies.csv, line 37: LEI '655600XIK27S3214IO51' of 'chenguang-biotech' fails the ISO 17442 check")]
    [InlineData("companies.csv", ",hon-hai,named,", ",no-such-parent,named,", "companies.csv, line 3: parent 'no-such-parent' of 'foxconn-industrial-internet' is not a company in the list")]
    [InlineData("companies.csv", "\nfoxconn-technology,", "\navary,", "companies.csv, line 4: company id 'avary' is used twice")]
    [InlineData("companies.csv", "XSHE:002938", "XXXX:002938", "companies.csv, line 2: listing 'XXXX:002938' of 'avary' names an exchange (MIC) that exchanges.csv does not define")]
    [InlineData("companies.csv", "XSHE:002938,,,,named", "XSHE:002938,,,,famous", "companies.csv, line 2: 'famous' is not a valid basis (one of named, parent-of-named, subsidiary-of-named)")]
    [InlineData("allegations.csv", "https://hongkongwatch.org/all-posts/2022/12/5/updated-new-hkw-report-finds-that-msci-investors-are-at-risk-of-passively-funding-crimes-against-humanity-in-xinjiang,(Updated)", ",(Updated)", "allegations.csv, line 2: column 'source_url' is empty")]
    public void A_violation_stops_loading_naming_file_line_and_reason(string file, string find, string replace, string expected)
    {
        using var temp = CopyOfReferenceData();
        var path = Path.Combine(temp.Path, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);

        var e = Assert.Throws<DataException>(() => ReferenceDataLoader.Load(temp.Path));
        Assert.Equal(expected, e.Message.Replace(temp.Path + Path.DirectorySeparatorChar, ""));
    }

    [Fact]
    public void An_identifier_without_a_source_row_is_refused()
    {
        using var temp = CopyOfReferenceData();
        var path = Path.Combine(temp.Path, "identifier_sources.csv");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("hikvision,isin,", StringComparison.Ordinal)));
        var e = Assert.Throws<DataException>(() => ReferenceDataLoader.Load(temp.Path));
        Assert.EndsWith("isin 'CNE100000PM8' of 'hikvision' has no row in identifier_sources.csv saying where it was seen", e.Message);
    }

    private static TempFolder CopyOfReferenceData()
    {
        var temp = new TempFolder();
        foreach (var f in Directory.GetFiles(RepoPaths.ReferenceData))
            File.Copy(f, Path.Combine(temp.Path, Path.GetFileName(f)));
        return temp;
    }
}
