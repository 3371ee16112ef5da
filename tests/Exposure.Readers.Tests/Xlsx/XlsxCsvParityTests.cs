using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.Readers.Xlsx;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Xlsx;

/// <summary>
/// The same holdings as a CSV file and as a workbook give the same fund, the same items in the same states and the same
/// holding rows: preamble, numbers written as text, the <c>-</c> marker, section heading, repeated header, total line,
/// unreadable value, a row with only a name and a ticker, blank row and footer.
/// </summary>
public sealed class XlsxCsvParityTests : IDisposable
{
    private const string Header = "Ticker,Name,ISIN,Market Value,Weight (%),Quantity,Currency";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string?[] Row(string line) => line.Length == 0 ? [] : line.Split('|');

    /// <summary>Each item as one comparable value: the fund's figures, a state with its line, or the holding row with its source normalised.</summary>
    private static List<object> Comparable(IEnumerable<ReadItem> items) => items.Select(item => item switch
    {
        FundDetected f => (object)(f.Fund.Name, f.Fund.NameFrom, f.Fund.AsOf, f.Fund.StatedNetAssets, f.Fund.WeightsMarkedPercent),
        NotAHolding n => (n.Source.Line, n.Source.LineCount, n.What),
        // A short line's reason counts fields in a CSV file and columns in a sheet: its state and place must agree.
        Rejected r => (r.Source.Line, r.Source.LineCount, IsShort(r.Reason) ? "short" : r.Reason, IsShort(r.Reason) ? "" : r.RawText),
        HoldingRead h => h.Row with { Source = h.Row.Source with { File = "holdings" } },
        EndOfFile e => e.Lines,
        _ => item,
    }).ToList();

    private static bool IsShort(string reason) =>
        (reason.StartsWith("has ", StringComparison.Ordinal) && reason.Contains(" where the header has ", StringComparison.Ordinal))
        || reason.StartsWith("ends at column ", StringComparison.Ordinal);

    private (List<ReadItem> Csv, List<ReadItem> Xlsx) ReadBoth(string name, params string[] lines)
    {
        var (csv, xlsx) = SameHoldings.Write(_temp.Path, name, lines.Select(Row).ToList());
        var fromCsv = CsvHoldingsReader.Read(csv, "holdings").ToList();
        var fromXlsx = XlsxHoldingsReader.Read(xlsx, "holdings").ToList();
        Items.AssertWellFormed(fromCsv);
        Items.AssertWellFormed(fromXlsx);
        return (fromCsv, fromXlsx);
    }

    [Fact]
    public void An_ishares_download_as_csv_and_as_xlsx_gives_the_same_items_states_and_values()
    {
        var (csv, xlsx) = ReadBoth("eem",
            "Example Emerging Markets Fund",
            "Fund Holdings as of|Mar 10, 2022",
            "Net Assets of Share Class|$1,000,000.00",
            "",
            Header.Replace(',', '|'),
            "601899|ZIJIN MINING GROUP CO LTD A|CNE100000B24|50,000.00|5|1000|USD",
            "AAA|ALPHA|DE0007164600|$900,000.00|90|-|USD",
            "|Equities|||||",
            "BBB|BETA|DE0007236101|(1,500.00)|0.5|10|",
            Header.Replace(',', '|'),
            "CCC|GAMMA|US0378331005|12x4|1.5|5|USD",
            "EEE|EPSILON|||||",
            "|Total||1,000,000.00|100||USD",
            "DDD|DELTA||51500|3|7|USD",
            "-|NO TICKER CO|US5949181045|1,234.56|0.1|2|USD",
            "",
            "The content contained herein is owned or licensed by BlackRock.",
            "Holdings subject to change.");

        Assert.Equal(Comparable(csv), Comparable(xlsx));

        // What the two agree on is what the rules make of the file.
        var fund = Assert.IsType<FundDetected>(xlsx[0]).Fund;
        Assert.Equal((new DateOnly(2022, 3, 10), 1_000_000m), (fund.AsOf, fund.StatedNetAssets));
        var rows = Items.Rows(xlsx);
        Assert.Equal(
            [
                ("ZIJIN MINING GROUP CO LTD A", 50_000m), ("ALPHA", 900_000m), ("BETA", -1_500m), ("GAMMA", null), ("EPSILON", null), ("DELTA", 51_500m),
                ("NO TICKER CO", (decimal?)1_234.56m),
            ],
            rows.Select(r => (r.Name!, r.MarketValue)));
        Assert.Null(rows[1].Quantity);
        Assert.Null(rows[6].Ticker);
        Assert.Equal(
            [(13, TotalLines.Reason)],
            xlsx.OfType<Rejected>().Select(r => (r.Source.Line, IsShort(r.Reason) ? "short" : r.Reason)));
        Assert.Equal(
            [
                "preamble", "preamble", "preamble", "blank line", "header", SectionHeadings.What, "header repeated", "blank line", "footer",
                "footer",
            ],
            xlsx.OfType<NotAHolding>().Select(n => n.What));
    }

    [Fact]
    public void An_ambiguous_date_and_unreadable_net_assets_are_unknown_and_rejected_alike()
    {
        var (csv, xlsx) = ReadBoth("doubtful",
            "Example Fund",
            "Fund Holdings as of|10/03/2022",
            "Net Assets|abc",
            "Name|ISIN|Weight",
            "ZIJIN MINING GROUP CO LTD A|CNE100000B24|0.6",
            "ALPHA|DE0007164600|0.4");

        Assert.Equal(Comparable(csv), Comparable(xlsx));

        var fund = Assert.IsType<FundDetected>(xlsx[0]).Fund;
        Assert.Equal((null, null, false), (fund.AsOf, fund.StatedNetAssets, fund.WeightsMarkedPercent));
        Assert.Equal(
            [
                (2, "Fund Holdings as of '10/03/2022' could be 2022-10-03 (month first) or 2022-03-10 (day first): the date is left unknown (give it with --as-of)"),
                (3, "Net Assets 'abc' is not a number; the stated net assets are not used for the fund value"),
            ],
            xlsx.OfType<Rejected>().Select(r => (r.Source.Line, r.Reason)));
        // Weights written as fractions reach the run as the file writes them, with no percent sign, for it to tell.
        Assert.Equal([(0.6m, false), (0.4m, false)], Items.Rows(xlsx).Select(r => (r.WeightPercent!.Value, r.WeightWithPercentSign)));
    }

    [Fact]
    public void A_row_with_only_a_name_between_holdings_is_screened_with_its_value_unknown_as_in_the_csv_a_spreadsheet_saves()
    {
        // A spreadsheet saving a sheet as CSV writes every row as wide as the table: the name, then empty fields.
        var (csv, xlsx) = ReadBoth("nameonly",
            "Name|Ticker|Exchange|Asset Class|Market Value|Weight (%)|Currency",
            "TENCENT HOLDINGS LTD|700|Hong Kong Exchanges And Clearing Ltd|Equity|7000000|70|USD",
            "ZIJIN MINING GROUP LTD H||||||",
            "ZTE CORP H|763|Hong Kong Exchanges And Clearing Ltd||||",
            "HIKVISION DIGITAL TECHNOLOGY|HKVSN|||||",
            "ALPHA|AAA|Xetra|Equity|3000000|30|USD");

        Assert.Equal(Comparable(csv), Comparable(xlsx));
        Assert.Equal(
            [
                ("TENCENT HOLDINGS LTD", 7_000_000m), ("ZIJIN MINING GROUP LTD H", null), ("ZTE CORP H", null), ("HIKVISION DIGITAL TECHNOLOGY", null),
                ("ALPHA", (decimal?)3_000_000m),
            ],
            Items.Rows(xlsx).Select(r => (r.Name!, r.MarketValue)));
        Assert.Empty(xlsx.OfType<Rejected>());
    }
}
