using Exposure.Core.Holdings;
using Exposure.Core.Identifiers;
using Exposure.Core.Reference;
using Exposure.Core.Text;
using Exposure.Readers.Csv;

namespace Exposure.Synthetic.Tests;

public sealed class ManifestTests(SmallUniverse universe) : IClassFixture<SmallUniverse>
{
    private Dictionary<(string File, int Line), HoldingRow> Rows() =>
        universe.Result.Files
            .SelectMany(f => CsvHoldingsReader.Read(universe.PathOf(f), f.Name).OfType<HoldingRead>())
            .ToDictionary(h => (h.Row.Source.File, h.Row.Source.Line), h => h.Row);

    private IEnumerable<string> CompactNames(Company c, params NameKind[] kinds)
    {
        var all = new List<(string Name, NameKind Kind)> { (c.NameEn, NameKind.Legal) };
        if (c.NameNative is not null) all.Add((c.NameNative, NameKind.Native));
        all.AddRange(universe.Reference.NamesOf(c.Id).Select(n => (n.Name, n.Kind)));
        return all.Where(n => kinds.Length == 0 || kinds.Contains(n.Kind)).Select(n => NameNormaliser.Normalise(n.Name).Compact);
    }

    [Fact]
    public void The_manifest_covers_every_way_of_planting()
    {
        Assert.Equal(universe.Result.FlaggedRows, universe.Manifest.Count);
        Assert.True(universe.Manifest.Count >= 100, $"only {universe.Manifest.Count} planted rows");
        Assert.Equal(
            ["code-reused", "isin", "name-exact", "name-prefix", "short-name", "ticker+exchange"],
            universe.Manifest.Select(e => e.Variant).Distinct().Order());
        Assert.Equal(["matched", "needs-review", "related"], universe.Manifest.Select(e => e.ExpectedState).Distinct().Order());
        Assert.Contains(universe.Manifest, e => !e.CompanyId.StartsWith("syn-", StringComparison.Ordinal));
        Assert.Equal(universe.Manifest.Count, universe.Manifest.Select(e => (e.File, e.Line)).Distinct().Count());
    }

    [Fact]
    public void Each_manifest_row_holds_the_flagged_security_it_says()
    {
        var rows = Rows();
        var exchanges = universe.Reference.Exchanges;
        foreach (var e in universe.Manifest)
        {
            var where = $"{e.File}:{e.Line} ({e.Variant})";
            Assert.True(rows.TryGetValue((e.File, e.Line), out var row), $"{where} is not a holding row");
            Assert.Equal(e.Name, row!.Name);
            Assert.Equal(e.Ticker, row.Ticker);
            Assert.Equal(e.Exchange is "-" ? null : e.Exchange, row.ExchangeText);
            Assert.Equal(e.Isin, row.Isin);
            Assert.Equal("Equity", row.AssetClass ?? "Equity");

            var company = universe.Reference.FindCompany(e.CompanyId);
            Assert.NotNull(company);
            var named = company!.Basis == Basis.Named;
            var name = NameNormaliser.Normalise(row.Name);
            switch (e.Variant)
            {
                case "ticker+exchange":
                case "code-reused":
                {
                    var exchange = exchanges.Resolve(row.ExchangeText);
                    Assert.NotNull(exchange);
                    var code = exchange!.CanonicalTicker(row.Ticker);
                    Assert.Contains(company.Listings, l => l.Mic == exchange.Mic && exchange.CanonicalTicker(l.Code) == code);
                    if (e.Variant == "ticker+exchange")
                    {
                        Assert.Contains(CompactNames(company), n => n.StartsWith(name.Compact, StringComparison.Ordinal) || name.Compact.StartsWith(n, StringComparison.Ordinal));
                        Assert.Equal(named ? "matched" : "related", e.ExpectedState);
                    }
                    else
                    {
                        var words = CompactNames(company).SelectMany(n => NameNormaliser.Normalise(n).Tokens).ToHashSet();
                        Assert.DoesNotContain(name.Tokens, words.Contains);
                        Assert.Equal("needs-review", e.ExpectedState);
                    }
                    break;
                }
                case "isin":
                    Assert.True(Isin.IsValid(row.Isin));
                    Assert.Contains(row.Isin, company.Isins);
                    Assert.Equal(named ? "matched" : "related", e.ExpectedState);
                    break;
                case "name-exact":
                    Assert.Null(row.Ticker);
                    Assert.Contains(name.Compact, CompactNames(company, NameKind.Legal, NameKind.Former, NameKind.Native, NameKind.Transliteration));
                    Assert.Equal(named ? "matched" : "related", e.ExpectedState);
                    break;
                case "short-name":
                    Assert.Null(row.Ticker);
                    Assert.Contains(name.Compact, CompactNames(company, NameKind.Short, NameKind.Trading));
                    Assert.Equal("needs-review", e.ExpectedState);
                    break;
                case "name-prefix":
                {
                    Assert.Null(row.Ticker);
                    Assert.True(row.Name!.Trim().Length >= 25, where);
                    var cut = string.Concat(name.Tokens.SkipLast(1));
                    Assert.Contains(CompactNames(company, NameKind.Legal, NameKind.Former, NameKind.Transliteration),
                        n => n.StartsWith(name.Compact, StringComparison.Ordinal) || n.StartsWith(cut, StringComparison.Ordinal));
                    Assert.Contains(e.ExpectedState, (string[])["needs-review", named ? "matched" : "related"]);
                    break;
                }
                default:
                    Assert.Fail($"{where}: unknown variant");
                    break;
            }
        }
    }

    [Fact]
    public void Rows_not_in_the_manifest_carry_no_identifier_or_name_of_the_list()
    {
        var planted = universe.Manifest.Select(e => (e.File, e.Line)).ToHashSet();
        var isins = universe.Reference.Companies.SelectMany(c => c.Isins).ToHashSet();
        var listings = universe.Reference.Companies.SelectMany(c => c.Listings)
            .Select(l => (l.Mic, universe.Reference.Exchanges.ByMic(l.Mic)!.CanonicalTicker(l.Code))).ToHashSet();
        var names = universe.Reference.Companies.SelectMany(c => CompactNames(c)).Where(n => n.Length > 0).Order(StringComparer.Ordinal).ToArray();

        var checkedRows = 0;
        foreach (var ((file, line), row) in Rows())
        {
            if (planted.Contains((file, line))) continue;
            checkedRows++;
            if (row.Isin is { } isin) Assert.DoesNotContain(isin, isins);
            if (universe.Reference.Exchanges.Resolve(row.ExchangeText) is { } exchange)
                Assert.DoesNotContain((exchange.Mic, exchange.CanonicalTicker(row.Ticker)), listings);
            var first = NameNormaliser.Normalise(row.Name).Tokens[0];
            // No name of the list starts with this row's first word, nor is that word begun by a name of the list.
            var at = Array.BinarySearch(names, first, StringComparer.Ordinal);
            var i = at >= 0 ? at : ~at;
            Assert.False(i < names.Length && names[i].StartsWith(first, StringComparison.Ordinal), $"{file}:{line} '{row.Name}' begins like '{(i < names.Length ? names[i] : "")}'");
            for (var len = 1; len <= first.Length; len++)
                Assert.True(Array.BinarySearch(names, first[..len], StringComparer.Ordinal) < 0, $"{file}:{line} '{row.Name}'");
        }
        Assert.True(checkedRows > 5_000);
    }
}
