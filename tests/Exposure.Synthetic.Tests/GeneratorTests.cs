using Exposure.Core.Identifiers;
using Exposure.Readers.Reference;
using Exposure.TestSupport;

namespace Exposure.Synthetic.Tests;

public sealed class GeneratorTests
{
    private static Dictionary<string, byte[]> AllFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        SyntheticUniverse.Generate(SmallUniverse.Options(seed: 3), a.Path);
        SyntheticUniverse.Generate(SmallUniverse.Options(seed: 3), b.Path);

        var first = AllFiles(a.Path);
        var second = AllFiles(b.Path);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.True(first.Count > 12);
        foreach (var (name, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[name]), $"{name} differs between two runs with seed 3");
    }

    [Fact]
    public void Another_seed_gives_another_universe()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        SyntheticUniverse.Generate(SmallUniverse.Options(seed: 3), a.Path);
        SyntheticUniverse.Generate(SmallUniverse.Options(seed: 4), b.Path);
        foreach (var file in new[] { "reference/companies.csv", "reference/names.csv", "holdings/fund-00001.csv", "manifest.csv" })
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(a.Path, file)), File.ReadAllBytes(Path.Combine(b.Path, file)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_generated_list_loads(bool bundled)
    {
        using var temp = new TempFolder();
        var reference = SyntheticReference.Generate(new ReferenceOptions(RepoPaths.ReferenceData, 11, Companies: 400, Names: 1_700, bundled));
        reference.WriteTo(temp.Path);

        var loaded = ReferenceDataLoader.Load(temp.Path);
        var real = ReferenceDataLoader.Load(RepoPaths.ReferenceData);
        Assert.Equal(400 + (bundled ? real.Companies.Count : 0), loaded.Companies.Count);
        Assert.Equal(1_700 + (bundled ? real.Names.Count : 0), loaded.Names.Count);
        Assert.Equal(reference.Version, loaded.Version);
        Assert.Equal(real.Exchanges.All.Select(e => e.Mic).Order(), loaded.Exchanges.All.Select(e => e.Mic).Order());
        if (bundled)
            foreach (var c in real.Companies) Assert.Equal(c.NameEn, loaded.Company(c.Id).NameEn);

        // Every basis occurs, with the allegations each needs (the loader checks them).
        var generated = loaded.Companies.Where(c => c.Id.StartsWith("syn-", StringComparison.Ordinal)).ToList();
        Assert.Contains(generated, c => c.Basis == Core.Reference.Basis.Named);
        Assert.Contains(generated, c => c.Basis == Core.Reference.Basis.ParentOfNamed);
        Assert.Contains(generated, c => c.Basis == Core.Reference.Basis.SubsidiaryOfNamed);
        Assert.Contains(generated, c => c.Isins.Count > 0);
        Assert.Contains(generated, c => c.Lei is not null);
        Assert.Contains(generated, c => c.Listings.Count > 1);
        Assert.All(loaded.Allegations.Where(a => a.CompanyId.StartsWith("syn-", StringComparison.Ordinal)),
            a => Assert.StartsWith("https://synthetic.invalid/", a.SourceUrl, StringComparison.Ordinal));
    }

    [Fact]
    public void The_benchmark_size_list_loads()
    {
        using var temp = new TempFolder();
        var reference = SyntheticReference.Generate(new ReferenceOptions(RepoPaths.ReferenceData, 1, Companies: 5_000, Names: 20_000, IncludeBundledCompanies: false));
        reference.WriteTo(temp.Path);
        var loaded = ReferenceDataLoader.Load(temp.Path);
        Assert.Equal(5_000, loaded.Companies.Count);
        Assert.Equal(20_000, loaded.Names.Count);
    }

    [Fact]
    public void Identifiers_carry_valid_check_digits()
    {
        Assert.Equal("US0378331005", SyntheticIdentifiers.Isin("US", "037833100"));
        Assert.Equal("CNE100000PM8", SyntheticIdentifiers.Isin("CN", "E100000PM"));
        Assert.Equal("655600XIK27S3214IO50", SyntheticIdentifiers.Lei("655600XIK27S3214IO"));
        for (var i = 0; i < 500; i++)
        {
            Assert.True(Isin.IsValid(SyntheticIdentifiers.Isin("KR", "S" + i.ToString("D8"))));
            Assert.True(Lei.IsValid(SyntheticIdentifiers.Lei("549300" + i.ToString("D12"))));
        }
    }
}
