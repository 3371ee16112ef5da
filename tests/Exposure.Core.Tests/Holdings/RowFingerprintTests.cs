using Exposure.Core.Holdings;

namespace Exposure.Core.Tests.Holdings;

/// <summary>
/// Rows that state a security in the same words share one fingerprint, and so the facts found for the first of them;
/// a row that differs in any field normalising reads must get a fingerprint of its own.
/// </summary>
public sealed class RowFingerprintTests
{
    private static readonly HoldingRow Base = new(new SourceLocation("f.csv", 1), "ACME CORP 1.5 01/15/2030", "ACM", "NASDAQ", "US0000000000",
        "000000000", AssetClass: "Fixed Income", Sector: "Industrials", Country: "United States", Lei: "5493001KJTIIGC8Y1R12",
        IssuerName: "ACME CORP", IssuerType: "CORP", Coupon: 1.5m, Maturity: new DateOnly(2030, 1, 15), Convertible: false);

    public static TheoryData<string, HoldingRow> OneFieldChanged => new()
    {
        { "name", Base with { Name = "ACME CORP 1.5 01/15/2031" } },
        { "ticker", Base with { Ticker = "ACMX" } },
        { "exchange", Base with { ExchangeText = "NYSE" } },
        { "isin", Base with { Isin = "US0000000001" } },
        { "cusip", Base with { Cusip = "000000001" } },
        { "asset class", Base with { AssetClass = "Equity" } },
        { "sector", Base with { Sector = "Energy" } },
        { "country", Base with { Country = "China" } },
        { "lei", Base with { Lei = null } },
        { "issuer name", Base with { IssuerName = "ACME HOLDINGS" } },
        { "issuer type", Base with { IssuerType = "MUN" } },
        { "coupon", Base with { Coupon = 2.5m } },
        { "coupon written with another scale", Base with { Coupon = 1.50m } },
        { "no coupon", Base with { Coupon = null } },
        { "maturity", Base with { Maturity = new DateOnly(2030, 1, 16) } },
        { "no maturity", Base with { Maturity = null } },
        { "convertible", Base with { Convertible = true } },
        { "empty text rather than none", Base with { Lei = "" } },
        { "characters moved from one field to the next", Base with { IssuerName = "ACME COR", IssuerType = "PCORP" } },
    };

    [Theory]
    [MemberData(nameof(OneFieldChanged))]
    public void A_row_that_differs_in_one_field_gets_a_fingerprint_of_its_own(string field, HoldingRow changed)
    {
        var fingerprint = new RowFingerprint(seed: 42);
        Assert.True(fingerprint.Of(Base) != fingerprint.Of(changed), field);
    }

    [Fact]
    public void The_same_words_in_other_strings_and_other_amounts_give_the_same_fingerprint()
    {
        var fingerprint = new RowFingerprint(seed: 42);
        var again = Base with
        {
            Source = new SourceLocation("g.csv", 9),
            Name = new string(Base.Name!.ToCharArray()),
            IssuerName = string.Concat("ACME ", "CORP"),
            MarketValue = 123.45m,
            WeightPercent = 0.5m,
            Currency = "EUR",
            Sedol = "B000000",
        };
        Assert.Equal(fingerprint.Of(Base), fingerprint.Of(again));
    }

    [Fact]
    public void Another_seed_gives_other_fingerprints()
    {
        Assert.NotEqual(new RowFingerprint(seed: 1).Of(Base), new RowFingerprint(seed: 2).Of(Base));
    }

    [Fact]
    public void A_long_row_is_fingerprinted_whole()
    {
        var fingerprint = new RowFingerprint(seed: 42);
        var longName = new string('X', 5000);
        Assert.NotEqual(fingerprint.Of(Base with { Name = longName + "A" }), fingerprint.Of(Base with { Name = longName + "B" }));
    }
}
