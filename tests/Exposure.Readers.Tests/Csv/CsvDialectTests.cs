using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Csv;

/// <summary>
/// Files as spreadsheets write them in other locales: separated by semicolons with decimal commas, by tabs or by vertical
/// bars, with or without Excel's <c>sep=</c> line. The delimiter is found from the header row; comma-separated files read
/// as before.
/// </summary>
public sealed class CsvDialectTests
{
    private static List<ReadItem> Read(string fixture) => CsvHoldingsReader.Read(Fixture.Path(Path.Combine("delimiters", fixture)), fixture).ToList();

    private static List<ReadItem> ReadText(TempFolder temp, string name, string text) => CsvHoldingsReader.Read(temp.File(name, text), name).ToList();

    private static FundMetadata Fund(List<ReadItem> items) => Assert.IsType<FundDetected>(items[0]).Fund;

    [Theory]
    [InlineData("de-semicolon.csv")]
    [InlineData("de-semicolon-nogroup.csv")]
    public void A_semicolon_file_with_decimal_commas_reads_its_numbers_with_or_without_grouping_points(string fixture)
    {
        var items = Read(fixture);
        Assert.Equal(8, Items.AssertWellFormed(items));
        Assert.Equal("iShares holdings download, separated by semicolons, decimal commas", Fund(items).Layout);

        var rows = Items.Rows(items);
        Assert.Equal(7, rows.Count);
        var tsmc = rows[0];
        Assert.Equal("2330", tsmc.Ticker);
        Assert.Equal("TAIWAN SEMICONDUCTOR MANUFACTURING", tsmc.Name);
        Assert.Equal(1_709_551_563.38m, tsmc.MarketValue);
        Assert.Equal(10.97m, tsmc.WeightPercent);
        Assert.Equal(50_257_000m, tsmc.Quantity);
        Assert.Equal(34.02m, tsmc.Price);
        Assert.Equal("Taiwan Stock Exchange", tsmc.ExchangeText);
        Assert.Null(tsmc.Unreadable);
        Assert.Equal("005930", rows[2].Ticker); // leading zeros kept
        Assert.Equal(357_603_323.18m, rows[2].MarketValue);
        Assert.All(rows, r => Assert.Null(r.Unreadable));
        Assert.Empty(items.OfType<Rejected>());
    }

    [Theory]
    [InlineData("tab.tsv", "CSV with header row, separated by tabs")]
    [InlineData("pipe.csv", "CSV with header row, separated by vertical bars")]
    public void A_tab_or_vertical_bar_file_reads_by_its_header(string fixture, string layout)
    {
        var items = Read(fixture);
        Assert.Equal(2, Items.AssertWellFormed(items));
        Assert.Equal(layout, Fund(items).Layout);
        var row = Assert.Single(Items.Rows(items));
        Assert.Equal("2899", row.Ticker);
        Assert.Equal("ZIJIN MINING GROUP LTD H", row.Name);
        Assert.Equal(100m, row.MarketValue);
        Assert.Equal("USD", row.Currency);
    }

    [Fact]
    public void An_excel_sep_semicolon_line_sets_the_delimiter_and_is_not_a_holding()
    {
        var items = Read("sep-semicolon.csv");
        Assert.Equal(9, Items.AssertWellFormed(items));
        var fund = Fund(items);
        Assert.Equal("sep-semicolon", fund.Name);
        Assert.Equal(MetadataOrigin.FileName, fund.NameFrom);
        Assert.Equal("iShares holdings download, separated by semicolons, decimal commas", fund.Layout);

        var sep = Assert.IsType<NotAHolding>(items[1]);
        Assert.Equal(1, sep.Source.Line);
        Assert.Equal("delimiter line", sep.What);
        var rows = Items.Rows(items);
        Assert.Equal(7, rows.Count);
        Assert.Equal(3, rows[0].Source.Line);
        Assert.Equal(1_709_551_563.38m, rows[0].MarketValue);
        Assert.Equal(36.84m, rows[2].Price);
    }

    [Fact]
    public void An_excel_sep_comma_line_is_not_the_fund_name_and_the_file_reads_as_comma_separated()
    {
        var items = Read("sep-comma.csv");
        Assert.Equal(9, Items.AssertWellFormed(items));
        var fund = Fund(items);
        Assert.Equal("sep-comma", fund.Name);
        Assert.Equal(MetadataOrigin.FileName, fund.NameFrom);
        Assert.Equal("iShares holdings download", fund.Layout);
        Assert.Equal("delimiter line", Assert.IsType<NotAHolding>(items[1]).What);
        var rows = Items.Rows(items);
        Assert.Equal(7, rows.Count);
        Assert.Equal(1_709_551_563.38m, rows[0].MarketValue);
        Assert.Equal(10.97m, rows[0].WeightPercent);
    }

    [Fact]
    public void A_sep_line_wins_over_what_the_header_would_say()
    {
        using var temp = new TempFolder();
        // Said to be separated by vertical bars: the header's semicolons are part of one column name, so no header is found.
        var e = Assert.Throws<DataException>(() => ReadText(temp, "stated.csv", "sep=|\nName;Ticker;Market Value\nALPHA;AAA;100\n"));
        Assert.Contains("no header row found", e.Message);
    }

    [Fact]
    public void In_a_semicolon_file_points_group_thousands_and_a_comma_is_the_decimal_separator()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "de.csv", """
            Name;Ticker;Market Value;Weight (%);Shares
            ALPHA AG;AAA;250.000;12,5;1.000
            BETA AG;BBB;1234,56;0,5;12.5
            GAMMA AG;CCC;(1.234,50);-;4,15%
            """);
        Items.AssertWellFormed(items);
        var rows = Items.Rows(items);
        Assert.Equal(250_000m, rows[0].MarketValue);
        Assert.Equal(12.5m, rows[0].WeightPercent);
        Assert.Equal(1_000m, rows[0].Quantity);
        Assert.Equal(1_234.56m, rows[1].MarketValue);
        Assert.Equal(0.5m, rows[1].WeightPercent);
        Assert.Null(rows[1].Quantity); // a point that groups no thousands, in a file of decimal commas: not read, as with a de-DE mapping
        Assert.Equal("Shares '12.5' is not a number", rows[1].Unreadable);
        Assert.Equal(-1_234.50m, rows[2].MarketValue);
        Assert.Null(rows[2].WeightPercent);
        Assert.Equal(4.15m, rows[2].Quantity);
        Assert.Null(rows[0].Unreadable);
        Assert.Null(rows[2].Unreadable);
    }

    [Fact]
    public void A_semicolon_file_keeps_semicolons_and_line_breaks_inside_quoted_fields()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "quoted.csv",
            "Name;Ticker;Market Value\r\n\"ALPHA; BETA HOLDINGS\";AAA;\"1.250,00\"\r\n\"GAMMA \"\"G\"\" CORP\nCLASS A\";GGG;7,5\r\nDELTA;DDD;3\r\n");
        Assert.Equal(5, Items.AssertWellFormed(items));
        var rows = Items.Rows(items);
        Assert.Equal(["ALPHA; BETA HOLDINGS", "GAMMA \"G\" CORP\nCLASS A", "DELTA"], rows.Select(r => r.Name));
        Assert.Equal([1_250m, 7.5m, 3m], rows.Select(r => r.MarketValue!.Value));
        Assert.Equal(2, rows[1].Source.LineCount);
    }

    [Fact]
    public void A_comma_file_whose_names_hold_semicolons_stays_comma_separated_with_decimal_points()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "names.csv", """
            Name,Ticker,Market Value,Weight (%)
            ALPHA;BETA HOLDINGS,AAA,"1,250.00",12.5
            "GAMMA; DELTA",GGG,250.000,0.5
            """);
        Items.AssertWellFormed(items);
        Assert.Equal("CSV with header row", Fund(items).Layout);
        var rows = Items.Rows(items);
        Assert.Equal(["ALPHA;BETA HOLDINGS", "GAMMA; DELTA"], rows.Select(r => r.Name));
        Assert.Equal(1_250m, rows[0].MarketValue);
        Assert.Equal(12.5m, rows[0].WeightPercent);
        Assert.Equal(250m, rows[1].MarketValue); // decimal point, as every comma file reads it
    }

    [Fact]
    public void A_semicolon_file_reads_its_preamble_with_semicolons_and_its_net_assets_with_a_decimal_comma()
    {
        using var temp = new TempFolder();
        var items = ReadText(temp, "preamble.csv", """
            Fund Name;Musterfonds Schwellenländer
            Net Assets;1.234.567,89
            As of;2025-03-31

            Name;ISIN;Market Value (EUR)
            ALPHA AG;DE0000000001;1.000,00
            """);
        Assert.Equal(6, Items.AssertWellFormed(items));
        var fund = Fund(items);
        Assert.Equal("Musterfonds Schwellenländer", fund.Name);
        Assert.Equal(1_234_567.89m, fund.StatedNetAssets);
        Assert.Equal(new DateOnly(2025, 3, 31), fund.AsOf);
        Assert.Equal(["preamble", "preamble", "preamble", "blank line", "header"], items.OfType<NotAHolding>().Select(n => n.What));
        var row = Assert.Single(Items.Rows(items));
        Assert.Equal(1_000m, row.MarketValue);
        Assert.Equal("EUR", row.Currency);
    }

    [Fact]
    public void A_header_that_reads_with_two_other_delimiters_alike_is_not_taken()
    {
        using var temp = new TempFolder();
        // Read with semicolons, "Name" and "|Ticker"; with vertical bars, "Name;" and "Ticker;": a name and a ticker either
        // way, so which delimiter is meant is not known.
        var e = Assert.Throws<DataException>(() => ReadText(temp, "tie.csv", "Name;|Ticker;\nA;|B;\n"));
        Assert.Contains("no header row found", e.Message);
    }

    [Fact]
    public void A_file_with_a_sep_line_and_no_known_header_is_refused_naming_its_first_line_after_the_sep_line()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<DataException>(() => ReadText(temp, "wertpapiere.csv", "sep=;\nWertpapier;Kennung;Kurswert\nALPHA;AAA;1,5\n"));
        Assert.Contains("the first line reads 'Wertpapier;Kennung;Kurswert'", e.Message);
    }

    [Fact]
    public void A_semicolon_file_without_a_known_header_is_refused_naming_its_first_line()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<DataException>(() => ReadText(temp, "wertpapiere.csv", "Wertpapier;Kennung;Kurswert\nALPHA;AAA;1,5\n"));
        Assert.Contains("no header row found", e.Message);
        Assert.Contains("Wertpapier;Kennung;Kurswert", e.Message);
    }

    [Theory]
    [InlineData("sep=;", ';')]
    [InlineData("sep=,\r\n", ',')]
    [InlineData("SEP=|", '|')]
    [InlineData("sep=\t", '\t')]
    [InlineData("sep=;;;", ';')]
    [InlineData("\uFEFFsep=;", ';')]
    public void An_excel_delimiter_line_names_its_delimiter(string line, char delimiter) =>
        Assert.Equal(delimiter, CsvDialect.ExcelHint(line));

    [Theory]
    [InlineData("sep=")]
    [InlineData("sep=a")]
    [InlineData("sep= ")]
    [InlineData("sep=;,")]
    [InlineData("separator=;")]
    [InlineData("Name;Ticker")]
    public void Other_lines_are_not_a_delimiter_line(string line) => Assert.Null(CsvDialect.ExcelHint(line));

    [Fact]
    public void The_record_reader_splits_on_the_delimiter_it_is_given()
    {
        Assert.Equal(["a,b", "c \"d\"", ""], CsvRecordReader.Split("a,b;\"c \"\"d\"\"\";\r\n", ';'));
        Assert.Equal(["a;b", "c"], CsvRecordReader.Split("a;b\tc", '\t'));
        Assert.Equal(["a;b", "c|d"], CsvRecordReader.Split("a;b,c|d", ','));
    }
}
