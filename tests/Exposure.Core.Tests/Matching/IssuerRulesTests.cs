using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Readers.Reference;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Matching;

/// <summary>The issuer's identifiers as matching rules: a derivative's reference ISIN, the issuer's LEI, the CUSIP issuer number.</summary>
public sealed class IssuerRulesTests
{
    private static readonly HoldingNormaliser Normaliser = new(BundledReference.Value.Exchanges);

    private static MatchResult Match(HoldingRow row) => new Matcher(BundledReference.Value).Match(Normaliser.Normalise(row));

    private static HoldingRow Bond(string name) => new(new SourceLocation("f.csv", 1), name, AssetClass: "Debt (DBT)");

    [Fact]
    public void The_issuer_s_lei_matches_the_company_the_list_gives_it()
    {
        var r = Match(Bond("Chenguang Biotech Group Co Ltd") with { Lei = "655600XIK27S3214IO50", IssuerName = "Chenguang Biotech Group Co Ltd" });
        Assert.Equal((MatchOutcome.Match, "chenguang-biotech", "issuer-lei"), (r.Outcome, r.Company?.Id, r.Rule));
        Assert.Contains(r.Evidence, e => e.Feature == "issuer-lei" && e.HoldingValue == "655600XIK27S3214IO50");
    }

    [Fact]
    public void An_lei_with_a_name_that_disagrees_goes_to_review()
    {
        var r = Match(Bond("Some Other Borrower Ltd") with { Lei = "655600XIK27S3214IO50", IssuerName = "Some Other Borrower Ltd" });
        Assert.Equal((MatchOutcome.NeedsReview, "issuer-lei, name differs"), (r.Outcome, r.Rule));
    }

    [Fact]
    public void An_lei_that_fails_its_check_is_not_used()
    {
        var r = Match(Bond("Some Other Borrower Ltd") with { Lei = "655600XIK27S3214IO51" });
        Assert.Equal(MatchOutcome.NoMatch, r.Outcome);
        Assert.Contains(r.Evidence, e => e.Feature == "lei-invalid");
    }

    [Fact]
    public void A_derivative_s_reference_isin_matches()
    {
        var row = new HoldingRow(new SourceLocation("f.csv", 1), "TOTAL RETURN SWAP", AssetClass: "Derivative - equity (DE)",
            Reference: new ReferenceInstrument("ZTE Corp", null, Isin: "CNE1000004Y2"), Notional: 5_000_000m, Direction: "Long");
        var r = Match(row);
        Assert.Equal((MatchOutcome.Match, "zte", "reference-isin"), (r.Outcome, r.Company?.Id, r.Rule));
    }

    [Fact]
    public void The_cusip_issuer_number_matches_a_company_whose_us_isin_embeds_it()
    {
        using var temp = new TempFolder();
        var data = ReferenceDataLoader.Load(ExampleUsIssuerList.WriteTo(Path.Combine(temp.Path, "ref")));
        var matcher = new Matcher(data);
        var normaliser = new HoldingNormaliser(data.Exchanges);

        var bond = matcher.Match(normaliser.Normalise(Bond("EXAMPLE ISSUER HLDGS 4% 2031") with { Cusip = ExampleUsIssuerList.BondCusip }));
        Assert.Equal((MatchOutcome.Match, ExampleUsIssuerList.CompanyId, "cusip-issuer"), (bond.Outcome, bond.Company?.Id, bond.Rule));
        Assert.Contains(bond.Evidence, e => e.Feature == "cusip-issuer" && e.ReferenceValue == ExampleUsIssuerList.Isin);

        var otherName = matcher.Match(normaliser.Normalise(Bond("UNRELATED BORROWER 4% 2031") with { Cusip = ExampleUsIssuerList.BondCusip }));
        Assert.Equal((MatchOutcome.NeedsReview, "cusip-issuer, name differs"), (otherName.Outcome, otherName.Rule));

        var otherIssuer = matcher.Match(normaliser.Normalise(Bond("EXAMPLE ISSUER HLDGS 4% 2031") with { Cusip = "037833AL4" }));
        Assert.NotEqual("cusip-issuer", otherIssuer.Rule);
    }

    [Theory]
    [InlineData("ZIJIN MINING GROUP CO LTD 1.5% 2027", "zijin-mining")]
    [InlineData("CHINA RAILWAY CONSTRUCTION CORP 3.5% PERP", "crcc")]
    public void A_bond_description_matches_on_its_issuer(string description, string company)
    {
        var r = Match(Bond(description));
        Assert.Equal((MatchOutcome.Match, company), (r.Outcome, r.Company?.Id));
    }

    [Theory]
    [InlineData("CHINA VANKE CO LTD 3.975% 11/09/27")]
    [InlineData("CITIC LTD 2.85% 02/25/30")]
    [InlineData("CHINA RAILWAY GROUP 3.25% 07/28/26")]
    [InlineData("WESTERN MINING CO 4.1% 2028")]
    [InlineData("GCL SYSTEM INTEGRATION 0 10/01/26 CV")]
    [InlineData("CITIC SECURITIES CO 2% 06/03/25")]
    public void Bonds_of_look_alike_issuers_do_not_match(string description)
    {
        var r = Match(Bond(description));
        Assert.NotEqual(MatchOutcome.Match, r.Outcome);
    }
}
