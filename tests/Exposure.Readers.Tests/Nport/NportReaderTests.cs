using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Nport;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Nport;

public sealed class NportReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<ReadItem> Read(string fixture) => NportReader.Read(Fixture.Path(Path.Combine("nport", fixture)), fixture).ToList();

    [Fact]
    public void Reads_the_fund_and_every_holding_with_the_lines_between_them()
    {
        var items = Read("primary_doc.xml");

        Assert.Equal(163, Items.AssertWellFormed(items));
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal("Illustrative Emerging Markets Equity Fund", fund.Name);
        Assert.Equal(MetadataOrigin.File, fund.NameFrom);
        Assert.Equal(new DateOnly(2025, 5, 31), fund.AsOf);
        Assert.Equal(MetadataOrigin.File, fund.AsOfFrom);
        Assert.Equal(1_237_500_000m, fund.StatedNetAssets);
        Assert.Equal("SEC Form N-PORT", fund.Layout);

        Assert.Equal(
            [
                (1, 39, "N-PORT header and fund information"),
                (40, 25, "holding"), (65, 21, "holding"), (86, 28, "holding"), (114, 20, "holding"), (134, 20, "holding"),
                (154, 10, "N-PORT text after the holdings"),
            ],
            items.Select(Items.SourceOf).OfType<SourceLocation>().Zip(items.Skip(1))
                .Select(x => (x.First.Line, x.First.LineCount, x.Second is NotAHolding n ? n.What : "holding")));

        var rows = Items.Rows(items);
        Assert.Equal(5, rows.Count);

        var tsmc = rows[0];
        Assert.Equal("Taiwan Semiconductor Manufacturing Co Ltd", tsmc.Name);
        Assert.Equal("TW0002330008", tsmc.Isin);
        Assert.Null(tsmc.Cusip); // 000000000 is no CUSIP
        Assert.Null(tsmc.Ticker);
        Assert.Equal(1_000_000m, tsmc.Quantity);
        Assert.Equal(34_020_000m, tsmc.MarketValue);
        Assert.Equal(2.749090909090m, tsmc.WeightPercent);
        Assert.Equal("USD", tsmc.Currency); // valUSD, whatever curCd says
        Assert.Equal("TW", tsmc.Country);
        Assert.Equal("Equity common (EC)", tsmc.AssetClass);
        Assert.Null(AssetClasses.ExclusionReason(tsmc));

        var hikvision = rows[1];
        Assert.Equal(("002415", "BP3R2F1", null, null), (hikvision.Ticker, hikvision.Sedol, hikvision.Isin, hikvision.Cusip));
        Assert.Equal(1_050_000.5m, hikvision.MarketValue);
        Assert.Null(AssetClasses.ExclusionReason(hikvision));

        var bill = rows[2];
        Assert.Equal(("912797NP8", "US912797NP84", "Debt (DBT)"), (bill.Cusip, bill.Isin, bill.AssetClass));
        Assert.Equal("government debt (issuer category 'UST')", AssetClasses.ExclusionReason(bill));

        var cash = rows[3];
        Assert.Equal("Illustrative Cash Management Fund", cash.Name); // name N/A: the title
        Assert.Null(cash.Quantity); // balance N/A
        Assert.Null(cash.Country); // invCountry N/A
        Assert.Equal(2_500_000m, cash.MarketValue);
        Assert.NotNull(AssetClasses.ExclusionReason(cash));

        var repo = rows[4];
        Assert.Null(repo.Cusip);
        Assert.Equal("Repo / repurchase agreement (RA)", repo.AssetClass);
        Assert.NotNull(AssetClasses.ExclusionReason(repo));
    }

    [Theory]
    [InlineData("EC", false)]
    [InlineData("EP", false)]
    [InlineData("DBT", false)]
    [InlineData("STIV", true)]
    [InlineData("RA", true)]
    [InlineData("DCO", true)]
    [InlineData("DCR", false)]
    [InlineData("DE", false)]
    [InlineData("DFE", true)]
    [InlineData("DIR", true)]
    [InlineData("DO", false)]
    [InlineData("SN", false)]
    [InlineData("LON", false)]
    [InlineData("ABS-MBS", true)]
    [InlineData("ABS-APCP", true)]
    [InlineData("ABS-ABCP", true)]
    [InlineData("ABS-CBDO", true)]
    [InlineData("ABS-O", true)]
    [InlineData("COMM", true)]
    [InlineData("RE", false)]
    [InlineData("OTHER", false)]
    public void Categories_without_a_company_issuer_are_excluded_and_the_rest_screened(string code, bool excluded)
    {
        var row = new HoldingRow(new SourceLocation("f", 1), "X", AssetClass: NportAssetCategories.Describe(code));
        Assert.Equal(excluded, AssetClasses.ExclusionReason(row) is not null);
        Assert.EndsWith($"({code})", row.AssetClass);
    }

    [Fact]
    public void An_other_category_carries_the_filers_description()
    {
        Assert.Equal("Other: Cash collateral (OTHER)", NportAssetCategories.Describe("OTHER", "Cash collateral"));
        Assert.Equal("Other: Warrants", NportAssetCategories.Describe(null, "Warrants"));
        Assert.Equal("XYZ", NportAssetCategories.Describe("XYZ"));
    }

    [Fact]
    public void A_doctype_is_refused_without_resolving_its_entities()
    {
        var e = Assert.Throws<DataException>(() => Read("doctype.xml"));
        Assert.Equal("doctype.xml, line 2: the file has a DOCTYPE (a DTD), which an N-PORT filing never has; refused without resolving it", e.Message);
    }

    private string Write(string name, string xml)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, xml);
        return path;
    }

    private const string Open = """<?xml version="1.0" encoding="UTF-8"?><edgarSubmission xmlns="http://www.sec.gov/edgar/nport"><formData>""";
    private const string Close = "</formData></edgarSubmission>";

    [Fact]
    public void A_filing_on_one_line_still_adds_up()
    {
        var path = Write("one-line.xml", Open +
            "<genInfo><regName>One Line Trust</regName><seriesName>N/A</seriesName><repPdDate>2025-03-31</repPdDate></genInfo><invstOrSecs>" +
            "<invstOrSec><name>Alpha Co</name><identifiers><ticker value=\"AAA\"/></identifiers><valUSD>10</valUSD><assetCat>EC</assetCat></invstOrSec>" +
            "<invstOrSec><name>Beta Co</name><identifiers><isin value=\"US0000000001\"/></identifiers><valUSD>20</valUSD><assetCat>EC</assetCat></invstOrSec>" +
            "</invstOrSecs>" + Close);

        var items = NportReader.Read(path, "one-line.xml").ToList();

        Assert.Equal(1, Items.AssertWellFormed(items, contiguous: false));
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal("One Line Trust", fund.Name); // seriesName N/A: the registrant
        Assert.Equal(new DateOnly(2025, 3, 31), fund.AsOf);
        Assert.Null(fund.StatedNetAssets);
        Assert.Equal([("Alpha Co", 1, 1), ("Beta Co", 1, 0)], Items.Rows(items).Select(r => (r.Name!, r.Source.Line, r.Source.LineCount)));
    }

    [Fact]
    public void Windows_line_endings_count_as_xml_counts_them()
    {
        var text = File.ReadAllText(Fixture.Path("nport/primary_doc.xml")).Replace("\n", "\r\n");
        var items = NportReader.Read(Write("crlf.xml", text), "crlf.xml").ToList();

        Assert.Equal(163, Items.AssertWellFormed(items));
        Assert.Equal([40, 65, 86, 114, 134], Items.Rows(items).Select(r => r.Source.Line));
    }

    [Fact]
    public void A_holding_whose_value_cannot_be_read_is_kept_with_the_reason_and_one_without_identity_is_rejected()
    {
        var path = Write("broken.xml", Open + "\n<invstOrSecs>\n" +
            "<invstOrSec>\n<name>Alpha Co</name>\n<cusip>123456789</cusip>\n<valUSD>12x4</valUSD>\n</invstOrSec>\n" +
            "<invstOrSec>\n<name>N/A</name>\n<title>N/A</title>\n<valUSD>5</valUSD>\n</invstOrSec>\n" +
            "</invstOrSecs>\n" + Close + "\n");

        var items = NportReader.Read(path, "broken.xml").ToList();

        Assert.Equal(14, Items.AssertWellFormed(items));
        Assert.Equal(
            [(8, 5, "no name and no identifier", "valUSD: 5")],
            items.OfType<Rejected>().Select(r => (r.Source.Line, r.Source.LineCount, r.Reason, r.RawText)));
        // Who is held does not depend on how much: the row is screened, its value unknown, with what could not be read.
        var alpha = Assert.Single(Items.Rows(items));
        Assert.Equal((3, "Alpha Co", "123456789", (decimal?)null, "valUSD '12x4' is not a number"),
            (alpha.Source.Line, alpha.Name, alpha.Cusip, alpha.MarketValue, alpha.Unreadable));
    }

    [Fact]
    public void A_filing_without_holdings_is_one_fund_and_no_rows()
    {
        var path = Write("none.xml", Open + "\n<genInfo><seriesName>Empty Fund</seriesName></genInfo>\n" + Close + "\n");
        var items = NportReader.Read(path, "none.xml").ToList();

        Assert.Equal(3, Items.AssertWellFormed(items));
        Assert.Equal("Empty Fund", Assert.IsType<FundDetected>(items[0]).Fund.Name);
        Assert.Equal("N-PORT filing without holdings", Assert.Single(items.OfType<NotAHolding>()).What);
    }

    [Fact]
    public void Xml_that_is_not_nport_or_not_well_formed_stops_with_one_line()
    {
        var other = Write("other.xml", "<?xml version=\"1.0\"?>\n<catalog xmlns=\"urn:example\"><book/></catalog>\n");
        Assert.Equal(
            "other.xml, line 2: not an SEC N-PORT filing: the root element is <catalog> in namespace urn:example, not <edgarSubmission> in http://www.sec.gov/edgar/nport",
            Assert.Throws<DataException>(() => NportReader.Read(other, "other.xml").ToList()).Message);

        var cut = Write("cut.xml", Open + "\n<invstOrSecs>\n<invstOrSec>\n<name>Alpha");
        var e = Assert.Throws<DataException>(() => NportReader.Read(cut, "cut.xml").ToList());
        Assert.StartsWith("cut.xml, line 4: not well-formed XML: ", e.Message);
        Assert.DoesNotContain("position", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_short_position_keeps_the_filing_s_payoff_profile_negative_value_balance_and_weight()
    {
        var rows = Items.Rows(Read("long-short.xml"));

        Assert.Equal(["Zijin Mining Group Co Ltd", "ZTE Corp", "Tencent Holdings Ltd"], rows.Select(r => r.Name));
        var zte = rows[1];
        Assert.Equal(("Short", -2_000_000m, -100_000m, -20m), (zte.Direction, zte.MarketValue, zte.Quantity, zte.WeightPercent));
        Assert.Equal(InstrumentType.Equity, AssetClasses.Classify(zte).Type);
        Assert.Equal(ShortEvidence.Direction, ShortPositions.Of(InstrumentType.Equity, zte.Direction, zte.MarketValue));
        Assert.Equal(("Long", 3_000_000m), (rows[0].Direction, rows[0].MarketValue));
        Assert.Null(ShortPositions.Of(InstrumentType.Equity, rows[0].Direction, rows[0].MarketValue));
    }
}
