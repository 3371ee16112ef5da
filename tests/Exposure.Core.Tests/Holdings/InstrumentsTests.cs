using Exposure.Core.Holdings;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Holdings;

/// <summary>What is screened and what is not, why, and the issuer each screened row is matched on.</summary>
public sealed class InstrumentsTests
{
    private static readonly HoldingNormaliser Normaliser = new(BundledReference.Value.Exchanges);

    private static Holding Of(HoldingRow row) => Normaliser.Normalise(row);

    private static HoldingRow Row(string? name, string? assetClass = null, string? sector = null) =>
        new(new SourceLocation("f.csv", 1), name, AssetClass: assetClass, Sector: sector);

    [Theory]
    [InlineData("USD CASH", "Cash", "Cash and/or Derivatives", InstrumentType.Other, Exclusion.Cash)]
    [InlineData("USD/INR", "FX", "Cash and/or Derivatives", InstrumentType.Other, Exclusion.ForeignExchange)]
    [InlineData("BLK CSH FND TREASURY SL AGENCY", "Money Market", "Cash and/or Derivatives", InstrumentType.Other, Exclusion.MoneyMarket)]
    [InlineData("S&P500 EMINI MAR 22", "Futures", "Cash and/or Derivatives", InstrumentType.Derivative, Exclusion.IndexDerivative)]
    [InlineData("MSCI EMER MKT INDEX (ICE) MAR 25", "Futures", "Cash and/or Derivatives", InstrumentType.Derivative, Exclusion.IndexDerivative)]
    [InlineData("ZIJIN MINING GROUP MAR 25", "Futures", null, InstrumentType.Derivative, Exclusion.NoCompanyIssuer)]
    [InlineData("TREASURY NOTE 4.25% 11/15/34", "Fixed Income", "Treasuries", InstrumentType.Debt, Exclusion.Government)]
    [InlineData("FANNIE MAE 5% 2031", "Fixed Income", null, InstrumentType.Debt, Exclusion.Agency)]
    [InlineData("INTL BK RECON & DEVELOP 4% 2030", "Fixed Income", null, InstrumentType.Debt, Exclusion.Supranational)]
    [InlineData("CITY OF NEW YORK 5% 2035", "Fixed Income", null, InstrumentType.Debt, Exclusion.Municipal)]
    [InlineData("CHINA GOVERNMENT BOND 2.5% 2033", "Fixed Income", null, InstrumentType.Debt, Exclusion.Government)]
    [InlineData("X", "Debt - asset-backed, other (ABS-O)", null, InstrumentType.Debt, Exclusion.NoCompanyIssuer)]
    [InlineData("X", "Derivative - interest rate (DIR)", null, InstrumentType.Derivative, Exclusion.IndexDerivative)]
    [InlineData("X", "Derivative - foreign exchange (DFE)", null, InstrumentType.Derivative, Exclusion.ForeignExchange)]
    public void What_has_no_company_issuer_stays_excluded_with_its_reason(string name, string assetClass, string? sector, InstrumentType type, Exclusion exclusion)
    {
        var h = Of(Row(name, assetClass, sector));
        Assert.Equal(type, h.Instrument);
        Assert.Equal(exclusion, h.Classification.Exclusion);
        Assert.False(h.IsScreened);
        Assert.StartsWith(AssetClasses.Describe(exclusion), h.ExclusionReason);
    }

    [Theory]
    [InlineData("UST", Exclusion.Government)]
    [InlineData("NUSS", Exclusion.Government)]
    [InlineData("USGA", Exclusion.Agency)]
    [InlineData("USGSE", Exclusion.Agency)]
    [InlineData("MUN", Exclusion.Municipal)]
    [InlineData("RF", Exclusion.NoCompanyIssuer)]
    public void An_n_port_issuer_category_decides_for_debt(string category, Exclusion exclusion)
    {
        var h = Of(Row("Some Issuer", "Debt (DBT)") with { IssuerType = category });
        Assert.Equal(exclusion, h.Classification.Exclusion);
        Assert.Contains($"issuer category '{category}'", h.ExclusionReason);
    }

    [Fact]
    public void A_corporate_issuer_category_is_screened_as_debt()
    {
        var h = Of(Row("Zijin Mining Group Co Ltd", "Debt (DBT)") with { IssuerType = "CORP" });
        Assert.True(h.IsScreened);
        Assert.Equal(InstrumentType.Debt, h.Instrument);
    }

    [Theory]
    [InlineData("ZIJIN MINING 5.25% 11/03/29", "ZIJIN MINING", "5.25% due 2029-11-03")]
    [InlineData("HIKVISION 0 02/05/27 CV", "HIKVISION", "0% due 2027-02-05, convertible")]
    [InlineData("ZTE CORP 4.5% PERP", "ZTE CORP", "4.5% perpetual")]
    [InlineData("ZIJIN MINING GROUP CO LTD 1.5% 2027", "ZIJIN MINING GROUP CO LTD", "1.5% due 2027")]
    [InlineData("CHINA VANKE CO LTD 3.975% 11/09/27 REGS", "CHINA VANKE CO LTD", "3.975% due 2027-11-09")]
    [InlineData("WESTERN MINING 5 1/4 06/01/28", "WESTERN MINING", "5.25% due 2028-06-01")]
    [InlineData("SR NOTES ACME 3M CO 2.5% 2030", "SR NOTES ACME 3M CO", "2.5% due 2030")]
    public void A_bond_description_gives_its_issuer_with_coupon_maturity_and_kind_stripped(string description, string issuer, string terms)
    {
        var h = Of(Row(description, "Fixed Income"));
        Assert.True(h.IsScreened);
        Assert.Equal(InstrumentType.Debt, h.Instrument);
        Assert.Equal((issuer, IssuerSource.Description), (h.Issuer.Name, h.Issuer.From));
        Assert.Equal(terms, h.Terms.Text);
    }

    [Theory]
    [InlineData("ZIJIN MINING GROUP CO LTD")]
    [InlineData("3M CO")]
    [InlineData("CHINA RAILWAY GROUP 2")]
    public void A_name_without_terms_is_the_issuer_as_written(string name)
    {
        var h = Of(Row(name, "Fixed Income"));
        Assert.Equal((name, IssuerSource.Name), (h.Issuer.Name, h.Issuer.From));
        Assert.True(h.Terms.IsEmpty);
    }

    [Fact]
    public void Shares_keep_their_name_as_the_issuer_and_no_terms()
    {
        var h = Of(Row("ZIJIN MINING GROUP LTD H 2027", "Equity"));
        Assert.Equal(("ZIJIN MINING GROUP LTD H 2027", IssuerSource.Name), (h.Issuer.Name, h.Issuer.From));
        Assert.True(h.Terms.IsEmpty);
    }

    [Fact]
    public void The_issuer_column_and_the_file_s_terms_win_over_the_description()
    {
        var row = Row("ZIJIN MINING 5.25% 11/03/29", "Debt (DBT)") with
        {
            IssuerName = "Zijin Mining Group Co Ltd",
            Lei = "300300XYZ",
            Cusip = "Y9892HAA2",
            Coupon = 5.3m,
            Maturity = new DateOnly(2029, 11, 3),
        };
        var h = Of(row);
        Assert.Equal(new Issuer("Zijin Mining Group Co Ltd", IssuerSource.IssuerColumn, "300300XYZ", null, "Y9892HAA2"), h.Issuer);
        Assert.Equal("5.3% due 2029-11-03", h.Terms.Text);
    }

    [Fact]
    public void A_derivative_is_matched_on_its_reference_instrument()
    {
        var row = Row("TOTAL RETURN SWAP", "Derivative - equity (DE)") with
        {
            Reference = new ReferenceInstrument("ZTE Corp", "ZTE CORP-H", Isin: "CNE1000004Y2"),
            Notional = 1_000_000m,
            Direction = "Long",
        };
        var h = Of(row);
        Assert.True(h.IsScreened);
        Assert.Equal(InstrumentType.Derivative, h.Instrument);
        Assert.Equal(new Issuer("ZTE Corp", IssuerSource.ReferenceInstrument, null, "CNE1000004Y2", null), h.Issuer);
    }

    [Fact]
    public void A_derivative_on_an_index_named_as_its_reference_is_excluded()
    {
        var row = Row("SWAP", "Derivative - equity (DE)") with { Reference = new ReferenceInstrument(null, null, IndexName: "MSCI China Index") };
        var h = Of(row);
        Assert.Equal(Exclusion.IndexDerivative, h.Classification.Exclusion);
        Assert.Equal("derivative on an index, a rate or a commodity (reference 'MSCI China Index')", h.ExclusionReason);
    }

    [Fact]
    public void A_swap_without_a_stated_reference_is_matched_on_its_description()
    {
        var h = Of(Row("TRS ZIJIN MINING GROUP CO LTD", "Swaps"));
        Assert.True(h.IsScreened);
        Assert.Equal(("ZIJIN MINING GROUP CO LTD", IssuerSource.Description), (h.Issuer.Name, h.Issuer.From));
    }

    [Fact]
    public void A_us_isin_gives_the_cusip_when_the_row_has_none()
    {
        var h = Of(new HoldingRow(new SourceLocation("f.csv", 1), "APPLE INC 3.85% 2043", Isin: "US037833AL42", AssetClass: "Fixed Income"));
        Assert.Equal("037833AL4", h.Issuer.Cusip);
    }
}
