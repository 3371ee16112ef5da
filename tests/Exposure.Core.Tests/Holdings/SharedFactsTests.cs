using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Holdings;

/// <summary>
/// Rows that state a security in the same words share what normalising found, and the screening result found for the
/// first of them: the results must be those each row would get on its own, against whichever list screens it.
/// </summary>
public sealed class SharedFactsTests
{
    private static HoldingRow Row(int line, string? name, string? ticker = null, string? exchange = null, string? isin = null, decimal? value = null,
        string? assetClass = null, decimal? coupon = null) =>
        new(new SourceLocation("f.csv", line), name, ticker, exchange, isin, AssetClass: assetClass, MarketValue: value, Coupon: coupon);

    public static TheoryData<string?, string?, string?, string?, string?> Rows => new()
    {
        { "HANGZHOU HIKVISION DIGITAL TECHNO", "002415", "Shenzhen Stock Exchange", null, "Equity" },
        { " Zte Corp H ", "763", "Hong Kong Exchanges And Clearing Ltd", null, null },
        { "HIKVISION", null, null, "CNE100000PM8", null },
        { "US TREASURY N/B 2.5 05/15/2030", null, null, "US912828ZQ64", "Fixed Income" },
        { "USD CASH", null, null, null, "Cash" },
        { "SOUTHERN MULOBO MEDICAL DEVICES HO", "MLB", "NASDAQ", null, "Equity" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_row_repeated_gets_the_facts_it_gets_on_its_own(string? name, string? ticker, string? exchange, string? isin, string? assetClass)
    {
        var shared = new HoldingNormaliser(BundledReference.Value.Exchanges);
        shared.Normalise(Row(1, name, ticker, exchange, isin, 10m, assetClass));
        var repeated = shared.Normalise(Row(7, name, ticker, exchange, isin, 99m, assetClass));
        var alone = new HoldingNormaliser(BundledReference.Value.Exchanges).Normalise(Row(7, name, ticker, exchange, isin, 99m, assetClass));

        Assert.Equal(7, repeated.Row.Source.Line);
        Assert.Equal(99m, repeated.Row.MarketValue);
        Assert.Equal(alone.Key, repeated.Key);
        Assert.Equal(alone.Exchange, repeated.Exchange);
        Assert.Equal(alone.TickerOnExchange, repeated.TickerOnExchange);
        Assert.Equal(alone.IsinIsValid, repeated.IsinIsValid);
        Assert.Equal(alone.Classification, repeated.Classification);
        Assert.Equal(alone.Issuer, repeated.Issuer);
        Assert.Equal(alone.Terms, repeated.Terms);
        Assert.Equal(alone.Name.Text, repeated.Name.Text);
    }

    [Fact]
    public void Coupons_written_apart_are_kept_apart()
    {
        var normaliser = new HoldingNormaliser(BundledReference.Value.Exchanges);
        var first = normaliser.Normalise(Row(1, "ACME CORP", assetClass: "Fixed Income", coupon: 1.5m));
        var second = normaliser.Normalise(Row(2, "ACME CORP", assetClass: "Fixed Income", coupon: 1.50m));
        Assert.Equal("1.5", first.Terms.Coupon?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1.50", second.Terms.Coupon?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_security_screened_against_two_lists_gets_each_lists_result()
    {
        var normaliser = new HoldingNormaliser(BundledReference.Value.Exchanges);
        var withHikvision = new Matcher(BundledReference.Value);
        var without = new Matcher(Without(BundledReference.Value, "hikvision"));
        var first = normaliser.Normalise(Row(1, "HIKVISION", isin: "CNE100000PM8"));
        var again = normaliser.Normalise(Row(2, "HIKVISION", isin: "CNE100000PM8"));

        without.Prepare(first);
        Assert.Equal("hikvision", withHikvision.Match(first).Company?.Id);
        Assert.Null(without.Match(first).Company);
        Assert.Equal("hikvision", withHikvision.Match(again).Company?.Id);
        Assert.Null(without.Match(again).Company);
        Assert.Equal(1, withHikvision.DistinctSecurities);
        Assert.Equal(1, without.DistinctSecurities);
    }

    [Fact]
    public void The_first_row_of_a_security_in_order_decides_its_result_whatever_was_prepared_first()
    {
        var normaliser = new HoldingNormaliser(BundledReference.Value.Exchanges);
        var matcher = new Matcher(BundledReference.Value);
        var upper = normaliser.Normalise(Row(1, "HANGZHOU HIKVISION DIGITAL TECHNO", "002415", "Shenzhen Stock Exchange"));
        var mixed = normaliser.Normalise(Row(2, "Hangzhou Hikvision Digital Techno", "002415", "Shenzhen Stock Exchange"));
        Assert.Equal(upper.Key, mixed.Key);

        matcher.Prepare(mixed);
        matcher.Prepare(upper);
        var decided = matcher.Match(upper);
        Assert.Same(decided, matcher.Match(mixed));
        var alone = new Matcher(BundledReference.Value).Match(upper);
        Assert.Equal((alone.Outcome, alone.Company?.Id, alone.Rule, alone.Score), (decided.Outcome, decided.Company?.Id, decided.Rule, decided.Score));
        Assert.Equal(alone.Evidence, decided.Evidence);
    }

    private static ReferenceData Without(ReferenceData data, string companyId)
    {
        static IReadOnlyList<Located<T>> Located<T>(IEnumerable<T> items) => items.Select((v, i) => new Located<T>(v, "list.csv", i + 2)).ToList();
        return ReferenceData.Create(
            "without " + companyId,
            Located(data.Companies.Where(c => c.Id != companyId && c.ParentId != companyId)),
            Located(data.Names.Where(n => n.CompanyId != companyId && data.Companies.Any(c => c.Id == n.CompanyId && c.ParentId != companyId))),
            Located(data.Allegations.Where(a => a.CompanyId != companyId && data.Companies.Any(c => c.Id == a.CompanyId && c.ParentId != companyId))),
            Located(data.IdentifierSources.Where(s => s.CompanyId != companyId && data.Companies.Any(c => c.Id == s.CompanyId && c.ParentId != companyId))),
            data.Exchanges);
    }
}
