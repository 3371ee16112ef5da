using System.Text;
using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Csv;

/// <summary>
/// A comma-separated file's numbers are read in the style its first rows show: decimal points (<c>1,234.56</c>), decimal
/// commas (<c>1.234,56</c>, as a spreadsheet in a German locale writes them), or, when a value could be read either way
/// (<c>250.000</c>) and the file does not tell which, not at all: such a value is unknown, with the reason.
/// </summary>
public sealed class NumberStyleTests
{
    private const string Header = "Name,Ticker,Market Value,Weight (%),Quantity\n";

    private static List<ReadItem> ReadText(TempFolder temp, string text, string name = "holdings.csv")
    {
        var items = CsvHoldingsReader.Read(temp.File(name, text), name).ToList();
        Items.AssertWellFormed(items);
        return items;
    }

    private static FundMetadata Fund(List<ReadItem> items) => Assert.IsType<FundDetected>(items[0]).Fund;

    [Fact]
    public void A_file_of_decimal_points_reads_a_value_that_could_be_either_with_a_decimal_point()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, Header +
            "ZTE CORP H,763,\"1,250,000.00\",0.25,\"1,500\"\n" +
            "HIKVISION A,002415,\"250.000\",12.5,\"1,234,567\"\n");
        Assert.Equal("CSV with header row", Fund(items).Layout);
        var rows = Items.Rows(items);
        Assert.Equal([1_250_000m, 250m], rows.Select(r => r.MarketValue));
        Assert.Equal([0.25m, 12.5m], rows.Select(r => r.WeightPercent));
        Assert.Equal([1_500m, 1_234_567m], rows.Select(r => r.Quantity));
        Assert.All(rows, r => Assert.Null(r.Unreadable));
    }

    [Fact]
    public void A_file_of_decimal_commas_reads_every_number_with_a_decimal_comma_and_says_so()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, Header +
            "ZTE CORP H,763,\"250.000\",\"0,25\",\"1.500\"\n" +
            "HIKVISION A,002415,\"1.234.567,89\",\"12,5\",\"1,500\"\n" +
            "SENSETIME,0020,7,3,400\n");
        Assert.Equal("CSV with header row, numbers read with decimal commas (Weight (%) '0,25' on line 2)", Fund(items).Layout);
        var rows = Items.Rows(items);
        Assert.Equal([250_000m, 1_234_567.89m, 7m], rows.Select(r => r.MarketValue));
        Assert.Equal([0.25m, 12.5m, 3m], rows.Select(r => r.WeightPercent));
        Assert.Equal([1_500m, 1.5m, 400m], rows.Select(r => r.Quantity));
        Assert.All(rows, r => Assert.Null(r.Unreadable));
    }

    [Fact]
    public void Values_that_could_be_either_in_a_file_that_does_not_tell_are_unknown_with_the_reason()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, Header +
            "ZTE CORP H,763,\"250.000\",4,\"1,500\"\n" +
            "HIKVISION A,002415,1000,2,10\n");
        Assert.Equal("CSV with header row, numbers that could be read with a decimal point or a decimal comma (Market Value '250.000' on line 2) " +
            "are unknown: no other number in the file tells which it writes", Fund(items).Layout);
        var rows = Items.Rows(items);
        Assert.Null(rows[0].MarketValue);
        Assert.Null(rows[0].Quantity);
        Assert.Equal(4m, rows[0].WeightPercent);
        Assert.Equal("Market Value '250.000' could be 250 (read with a decimal point) or 250,000 (read with a decimal comma), and the file's numbers do not tell which: not read; " +
            "Quantity '1,500' could be 1,500 (read with a decimal point) or 1.5 (read with a decimal comma), and the file's numbers do not tell which: not read",
            rows[0].Unreadable);
        Assert.Equal(1000m, rows[1].MarketValue);
        Assert.Null(rows[1].Unreadable);
    }

    [Fact]
    public void In_a_file_of_both_styles_a_value_that_could_be_either_is_unknown_and_the_others_read_as_written()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, Header +
            "ZTE CORP H,763,\"1,234.56\",1,1\n" +
            "HIKVISION A,002415,\"1.234,56\",1,1\n" +
            "SENSETIME,0020,\"1.500\",1,1\n");
        Assert.Equal("CSV with header row, numbers written both with decimal points (Market Value '1,234.56' on line 2) and with decimal commas " +
            "(Market Value '1.234,56' on line 3): a number that could be read either way (1.500, 250,000) is unknown", Fund(items).Layout);
        var rows = Items.Rows(items);
        Assert.Equal(1_234.56m, rows[0].MarketValue);
        Assert.Equal(1_234.56m, rows[1].MarketValue);
        Assert.Null(rows[2].MarketValue);
        Assert.StartsWith("Market Value '1.500' could be 1.5 (read with a decimal point) or 1,500 (read with a decimal comma)", rows[2].Unreadable, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"0,25\"", 250_000)]
    [InlineData("0.25", 250)]
    public void The_net_assets_a_preamble_states_are_read_in_the_style_of_the_rows(string weight, int netAssets)
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "Fund Name,Test Fund\nNet Assets,\"250.000\"\n" + Header + $"ZTE CORP H,763,\"250.000\",{weight},1\n");
        Assert.Equal(netAssets, Fund(items).StatedNetAssets);
        Assert.Equal(netAssets, Assert.Single(Items.Rows(items)).MarketValue);
    }

    [Fact]
    public void Net_assets_that_could_be_either_in_a_file_that_does_not_tell_are_not_used()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "Fund Name,Test Fund\nNet Assets,\"250.000\"\n" + Header + "ZTE CORP H,763,\"250.000\",4,1\n");
        Assert.Null(Fund(items).StatedNetAssets);
        var rejected = Assert.Single(items.OfType<Rejected>());
        Assert.Equal(2, rejected.Source.Line);
        Assert.Equal("Net Assets '250.000' could be 250 (read with a decimal point) or 250,000 (read with a decimal comma), and the file's numbers do not tell which: " +
            "not read; the stated net assets are not used for the fund value", rejected.Reason);
    }

    [Theory]
    [InlineData(200, 0, 250_000)]
    [InlineData(NumberStyleSample.MaxLines + 10, 0, null)]
    [InlineData(100, 100, 250_000)]
    [InlineData(100, NumberStyleSample.MaxChars / 100, null)]
    public void The_look_ahead_reads_a_bounded_number_of_lines_and_characters(int evidenceAfter, int padding, int? value)
    {
        using var temp = new TempFolder();
        var text = new StringBuilder(Header).Append("ZTE CORP H,763,\"250.000\",1,1\n");
        for (var i = 0; i < evidenceAfter; i++) text.Append("HIKVISION A").Append(' ', padding).Append(",002415,1000,1,1\n");
        text.Append("SENSETIME,0020,\"12,5\",1,1\n");
        var items = ReadText(temp, text.ToString());
        var rows = Items.Rows(items);
        Assert.Equal(value, rows[0].MarketValue);
        Assert.Equal(12.5m, rows[^1].MarketValue); // its form leaves no doubt
        Assert.Equal(evidenceAfter + 2, rows.Count);
    }

    [Fact]
    public void A_tab_separated_file_of_decimal_commas_reads_them_too()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "Name\tTicker\tMarket Value\tWeight (%)\nZTE CORP H\t763\t250.000\t0,25\n", "holdings.tsv");
        Assert.Equal("CSV with header row, separated by tabs, numbers read with decimal commas (Weight (%) '0,25' on line 2)", Fund(items).Layout);
        Assert.Equal(250_000m, Assert.Single(Items.Rows(items)).MarketValue);
    }

    [Fact]
    public void Swiss_numbers_grouped_by_apostrophes_are_read_and_an_apostrophe_in_a_name_is_kept()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, Header +
            "MOODY'S CORP,MCO,1'234'567.89,12.5,\"1\u2019500\"\n" +
            "ZIJIN MINING GROUP LTD H,2899,2'500.000,25.0,100\n" +
            "O'REILLY AUTOMOTIVE,ORLY,'1234,1,1\n");
        Assert.Equal("CSV with header row", Fund(items).Layout);
        var rows = Items.Rows(items);
        Assert.Equal(["MOODY'S CORP", "ZIJIN MINING GROUP LTD H", "O'REILLY AUTOMOTIVE"], rows.Select(r => r.Name));
        Assert.Equal([1_234_567.89m, 2_500m, null], rows.Select(r => r.MarketValue));
        Assert.Equal([1_500m, 100m, 1m], rows.Select(r => r.Quantity));
        Assert.Equal([null, null, "Market Value ''1234' is not a number"], rows.Select(r => r.Unreadable));
    }

    [Fact]
    public void Swiss_apostrophes_are_read_in_a_file_of_decimal_commas()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "Name;Ticker;Market Value;Weight (%)\nZTE CORP H;763;1'234,56;0,25\nZIJIN MINING GROUP LTD H;2899;\"2\u2019500\u2019000,5\";1,5\nO'REILLY AUTOMOTIVE;ORLY;12'34,5;1\n", "holdings.csv");
        var rows = Items.Rows(items);
        Assert.Equal([1_234.56m, 2_500_000.5m, null], rows.Select(r => r.MarketValue));
        Assert.Equal([null, null, "Market Value '12'34,5' is not a number"], rows.Select(r => r.Unreadable));
    }
}
