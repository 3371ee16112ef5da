using System.Globalization;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.Readers.Mapping;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Mapping;

public sealed class MappedCsvReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Depot => Fixture.Path("mapping/depot.csv");
    private static string DepotMapping => Fixture.Path("mapping/depot.mapping.json");

    [Fact]
    public void A_semicolon_file_with_german_numbers_reads_as_its_mapping_says()
    {
        var items = MappedCsvReader.Read(Depot, "depot.csv", HoldingsMapping.Load(DepotMapping, "depot.mapping.json")).ToList();

        Assert.Equal(11, Items.AssertWellFormed(items));
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal(("Musterfonds", MetadataOrigin.File), (fund.Name, fund.NameFrom));
        Assert.Equal((new DateOnly(2025, 3, 31), MetadataOrigin.File), (fund.AsOf, fund.AsOfFrom));
        Assert.Equal(10_000_000m, fund.StatedNetAssets);
        Assert.Equal("CSV read with mapping depot.mapping.json", fund.Layout);

        Assert.Equal(
            [(1, "skipped (before the header)"), (2, "skipped (before the header)"), (3, "skipped (before the header)"), (4, "header"), (10, "blank line"), (11, "footer")],
            items.OfType<NotAHolding>().Select(n => (n.Source.Line, n.What)));

        var rows = Items.Rows(items);
        Assert.Equal([5, 6, 7, 8, 9], rows.Select(r => r.Source.Line));
        var sg = rows[0];
        Assert.Equal("Société Générale SA", sg.Name); // the file is Windows-1252
        Assert.Equal("FR0000130809", sg.Isin);
        Assert.Equal(1000m, sg.Quantity);
        Assert.Equal(1234.56m, sg.MarketValue);
        Assert.Equal(1.23m, sg.WeightPercent);
        Assert.Equal("Aktie", sg.AssetClass);
        Assert.Equal("Frankreich", sg.Country);
        Assert.Equal("EUR", sg.Currency); // from the mapping: the file has no currency column
        Assert.Equal((250_000m, 1_050_000.50m, 10.5m), (rows[1].Quantity, rows[1].MarketValue, rows[1].WeightPercent));
        Assert.Equal(("Kasse EUR", null, -12_345.67m, -0.12m, "Cash"), (rows[2].Name, rows[2].Isin, rows[2].MarketValue, rows[2].WeightPercent, rows[2].AssetClass));

        // A value that cannot be read leaves the row a holding whose value is unknown, so it is still screened: "1234.56"
        // has a point where the file's decimals use a comma, and is not read either way.
        Assert.Empty(items.OfType<Rejected>());
        Assert.Equal(
            [
                ("Fehlerhaft AG", null, 0.01m, "Kurswert (EUR) '12x4' is not a number"),
                ("Gruppiert AG", null, 0.01m, "Kurswert (EUR) '1234.56' is not a number"),
            ],
            rows.Skip(3).Select(r => (r.Name, r.MarketValue, r.WeightPercent, r.Unreadable)));
    }

    [Fact]
    public void A_file_without_a_header_is_read_by_column_numbers()
    {
        var data = _temp.File("positions.txt", "ALPHA CO|US0000000001|1 234,5|EUR\nBETA CO|US0000000002|(2 000,25)|USD\nGAMMA CO|US0000000003|1,2,3|USD\n");
        var mapping = HoldingsMapping.Parse("""
            { "delimiter": "|", "header": false, "decimalSeparator": ",", "groupSeparator": " ",
              "columns": { "name": 1, "isin": 2, "marketValue": 3, "currency": 4 } }
            """, "positions.json");

        var items = MappedCsvReader.Read(data, "positions.txt", mapping).ToList();

        Assert.Equal(3, Items.AssertWellFormed(items));
        Assert.Equal(
            [("ALPHA CO", 1234.5m, "EUR", null), ("BETA CO", -2000.25m, "USD", null), ("GAMMA CO", null, "USD", "column 3 '1,2,3' is not a number")],
            Items.Rows(items).Select(r => (r.Name!, r.MarketValue, r.Currency!, r.Unreadable)));
        Assert.Empty(items.OfType<Rejected>());
    }

    [Fact]
    public void A_column_the_header_does_not_have_is_an_error_naming_the_mapping_file()
    {
        var mapping = HoldingsMapping.Parse("""
            { "delimiter": ";", "skipLines": 3, "culture": "de-DE", "columns": { "name": "Wertpapier", "marketValue": "Kurswert" } }
            """, "depot.mapping.json");

        var e = Assert.Throws<DataException>(() => MappedCsvReader.Read(Depot, "depot.csv", mapping).ToList());

        Assert.Equal("depot.mapping.json", e.File);
        Assert.Equal(
            "depot.mapping.json: column 'Kurswert' for marketValue is not in the header of depot.csv " +
            "(line 4 reads 'Wertpapier; ISIN; Stück; Kurswert (EUR); Anteil %; Art; Land')",
            e.Message);
    }

    [Fact]
    public void A_column_number_beyond_the_header_is_an_error()
    {
        var mapping = HoldingsMapping.Parse("""{ "delimiter": ";", "skipLines": 3, "columns": { "name": 1, "weight": 9 } }""", "m.json");
        Assert.Equal("m.json: column 9 for weight is beyond the 7 columns of the header of depot.csv (line 4)",
            Assert.Throws<DataException>(() => MappedCsvReader.Read(Depot, "depot.csv", mapping).ToList()).Message);
    }

    [Fact]
    public void Skipping_more_lines_than_the_file_has_is_an_error()
    {
        var data = _temp.File("short.csv", "a\nb\n");
        var mapping = HoldingsMapping.Parse("""{ "skipLines": 5, "columns": { "name": 1 } }""", "m.json");
        Assert.Equal("short.csv: the file has 2 lines, but the mapping m.json skips 5 before the header",
            Assert.Throws<DataException>(() => MappedCsvReader.Read(data, "short.csv", mapping).ToList()).Message);
    }

    [Theory]
    [InlineData("""{ "columns": { "name": "A", "valeur": "B" } }""",
        "m.json: unknown column role 'valeur' (known: name, ticker, exchange, isin, cusip, sedol, assetClass, sector, currency, country, marketValue, weight, quantity, price, issuer, maturity, coupon, notional, direction)")]
    [InlineData("""{ "delimeter": ";", "columns": { "name": "A" } }""",
        "m.json: unknown setting 'delimeter' (known: delimiter, skipLines, header, culture, decimalSeparator, groupSeparator, encoding, columns, fund, comment)")]
    [InlineData("""{ "delimiter": ":", "columns": { "name": "A" } }""", "m.json: delimiter must be \",\", \";\", \"|\" or \"tab\", not \":\"")]
    [InlineData("""{ "skipLines": -1, "columns": { "name": "A" } }""", "m.json: skipLines must be a whole number from 0 to 10000, not -1")]
    [InlineData("""{ "header": false, "columns": { "name": "Security" } }""",
        "m.json: column 'Security' for name is given by header text, but the mapping says the file has no header row: give its number")]
    [InlineData("""{ "columns": { "marketValue": 3 } }""", "m.json: 'columns' names no column for the name or an identifier (name, isin, ticker, cusip or sedol)")]
    [InlineData("""{ "columns": { "name": 1, "isin": 1 } }""", "m.json: column 1 is given for more than one role (name, isin)")]
    [InlineData("""{ "columns": { "name": 0 } }""", "m.json: column for name must be a header text or a column number from 1, not 0")]
    [InlineData("""{ "culture": "xx-XX", "columns": { "name": 1 } }""", "m.json: unknown culture 'xx-XX' (for example en-US, de-DE, fr-FR, de-CH)")]
    [InlineData("""{ "decimalSeparator": ",", "groupSeparator": ",", "columns": { "name": 1 } }""", "m.json: the decimal and group separators are both \",\"")]
    [InlineData("""{ "columns": { "name": 1 }, "fund": { "asOf": "31.03.2025" } }""", "m.json: fund.asOf must be a date written yyyy-MM-dd, not \"31.03.2025\"")]
    [InlineData("""{ "columns": { "name": 1 }, "fund": { "currency": "Euro" } }""", "m.json: fund.currency must be a three-letter code such as USD or EUR, not \"EURO\"")]
    [InlineData("""{ "columns": { "name": 1 }, "fund": { "size": 1 } }""", "m.json: unknown fund setting 'size' (known: name, asOf, netAssets, currency)")]
    [InlineData("""{ "encoding": "klingon", "columns": { "name": 1 } }""",
        "m.json: unknown encoding 'klingon' (for example utf-8, utf-16, windows-1252, iso-8859-1, shift_jis, gb18030)")]
    [InlineData("""[1, 2]""", "m.json: the mapping must be a JSON object { ... }")]
    [InlineData("""{ "delimiter": ";" }""",
        "m.json: 'columns' is missing: it names the column of each role, e.g. \"columns\": { \"name\": \"Security\", \"isin\": \"ISIN\", \"marketValue\": 5 }")]
    public void Mistakes_in_the_mapping_are_named_in_one_line(string json, string message)
    {
        var e = Assert.Throws<DataException>(() => HoldingsMapping.Parse(json, "m.json"));
        Assert.Equal(message, e.Message);
        Assert.Equal("m.json", e.File);
    }

    [Fact]
    public void Json_that_does_not_parse_gives_its_line()
    {
        var e = Assert.Throws<DataException>(() => HoldingsMapping.Parse("{\n  \"columns\": { \"name\": \"A\",, }\n}", "m.json"));
        Assert.StartsWith("m.json, line 2: not valid JSON (", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_missing_mapping_file_is_named()
    {
        Assert.Equal("nope.json: mapping file not found", Assert.Throws<DataException>(() => HoldingsMapping.Load("nope.json")).Message);
    }

    [Fact]
    public void Settings_read_as_written()
    {
        var m = HoldingsMapping.Parse("""
            // comments and trailing commas are allowed
            { "delimiter": "tab", "culture": "fr-FR", "encoding": "windows-1252",
              "columns": { "Market Value": "Valeur", "asset_class": 2, "NAME": "Titre", },
              "fund": { "name": "Fonds", "netAssets": 1234.5, "currency": "eur" } }
            """, "m.json");

        Assert.Equal('\t', m.Delimiter);
        Assert.Equal(",", m.Numbers.DecimalSeparator);
        Assert.Equal(1252, m.Encoding!.CodePage);
        Assert.Equal(new ColumnRef("Valeur", null), m.Columns[ColumnRole.MarketValue]);
        Assert.Equal(new ColumnRef(null, 2), m.Columns[ColumnRole.AssetClass]);
        Assert.Equal(new ColumnRef("Titre", null), m.Columns[ColumnRole.Name]);
        Assert.Equal(("Fonds", 1234.5m, "EUR"), (m.FundName, m.NetAssets, m.Currency));
        Assert.Null(m.AsOf);
    }

    [Theory]
    [InlineData("de-DE", "1.234,56", "1234.56")]
    [InlineData("de-DE", "-1.234.567,8", "-1234567.8")]
    [InlineData("de-DE", "(1.234,56)", "-1234.56")]
    [InlineData("de-DE", "1.234,56-", "-1234.56")]
    [InlineData("de-DE", "4,15 %", "4.15")]
    [InlineData("de-DE", "1234,5", "1234.5")]
    [InlineData("de-DE", "1234.56", null)]
    [InlineData("de-DE", "1.23,4", null)]
    [InlineData("de-DE", "N/A", "")]
    [InlineData("de-DE", "-", "")]
    [InlineData("fr-FR", "1\u202F234,56", "1234.56")]
    [InlineData("fr-FR", "1 234,56", "1234.56")]
    [InlineData("fr-FR", "1\u00A0234,56", "1234.56")]
    [InlineData("de-CH", "1'234.56", "1234.56")]
    [InlineData("de-CH", "1’234.56", "1234.56")]
    [InlineData("de-DE", "1'234,56", "1234.56")]
    [InlineData("de-DE", "1’234’567,5", "1234567.5")]
    [InlineData("de-DE", "12'34,5", null)]
    [InlineData("de-DE", "1'234.567,5", null)]
    [InlineData("en-US", "1,234.56", "1234.56")]
    [InlineData("en-US", "1.5E3", "1500")]
    public void Numbers_read_in_the_files_culture(string culture, string text, string? expected)
    {
        var format = NumberFormat.Of(CultureInfo.GetCultureInfo(culture));
        var ok = format.TryParse(text, out var value);
        if (expected is null)
        {
            Assert.False(ok);
            return;
        }
        Assert.True(ok);
        Assert.Equal(expected, value?.ToString(CultureInfo.InvariantCulture) ?? "");
    }

    [Fact]
    public void A_mapped_direction_column_is_each_row_s_direction_as_the_file_writes_it()
    {
        var csv = _temp.File("side.csv", "Name,Ticker,Exchange,Market Value,Side\nZIJIN MINING GROUP LTD H,2899,XHKG,3000000,Long\nZTE CORP H,763,XHKG,2000000,Short\n");
        var mapping = _temp.File("side.mapping.json",
            "{ \"columns\": { \"name\": \"Name\", \"ticker\": \"Ticker\", \"exchange\": \"Exchange\", \"marketValue\": \"Market Value\", \"direction\": \"Side\" } }");
        var rows = Items.Rows(MappedCsvReader.Read(csv, "side.csv", HoldingsMapping.Load(mapping, "side.mapping.json")).ToList());

        Assert.Equal([("Long", 3_000_000m), ("Short", 2_000_000m)], rows.Select(r => (r.Direction!, r.MarketValue!.Value)));
        Assert.Equal(ShortEvidence.Direction, ShortPositions.Of(InstrumentType.Equity, rows[1].Direction, rows[1].MarketValue));
    }
}
