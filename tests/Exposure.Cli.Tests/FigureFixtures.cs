namespace Exposure.Cli.Tests;

/// <summary>Small holdings files, each made to show one way a figure can go wrong.</summary>
internal static class FigureFixtures
{
    /// <summary>Header names the detection did not know: a value with its currency in parentheses, and "% of Fund". No currency column.</summary>
    public const string MktValGbp =
        "Security Description,ISIN Code,Mkt Val (GBP),% of Fund\n" +
        "ZTE CORP H,CNE1000004Y2,\"250,000.00\",2.50\n" +
        "TENCENT HOLDINGS LTD,KYG875721634,\"9,750,000.00\",97.50\n";

    /// <summary>Names and ISINs, and a column of amounts whose header names neither a value nor a weight.</summary>
    public const string NoValueColumn =
        "Security Description,ISIN Code,Holding Amt\n" +
        "ZTE CORP H,CNE1000004Y2,250000\n";

    /// <summary>Weights, and no market value on any row.</summary>
    public const string WeightsWithoutValues =
        "Name,ISIN,Market Value,Weight (%)\n" +
        "ZTE CORP H,CNE1000004Y2,-,2.50\n" +
        "TENCENT HOLDINGS LTD,KYG875721634,-,97.50\n";

    /// <summary>A partial extract: eight rows whose weights add up to 22.55% of the fund (ZTE: 1.25% as the file says, 5.543% of the rows).</summary>
    public const string PartialExtract =
        "Name,ISIN,Market Value,Weight (%),Currency\n" +
        "ZTE CORP H,CNE1000004Y2,\"500,000.00\",1.25,USD\n" +
        "TENCENT HOLDINGS LTD,KYG875721634,\"2,000,000.00\",5.00,USD\n" +
        "SAMSUNG ELECTRONICS LTD,KR7005930003,\"1,600,000.00\",4.00,USD\n" +
        "TAIWAN SEMICONDUCTOR MANUFACTURING,TW0002330008,\"2,400,000.00\",6.00,USD\n" +
        "ALIBABA GROUP HOLDING LTD,KYG017191142,\"800,000.00\",2.00,USD\n" +
        "RELIANCE INDUSTRIES LTD,INE002A01018,\"600,000.00\",1.50,USD\n" +
        "NASPERS LIMITED N,ZAE000325783,\"600,000.00\",1.50,USD\n" +
        "VALE SA,BRVALEACNOR0,\"520,000.00\",1.30,USD\n";

    /// <summary>Values written with a currency symbol, a decimal comma, a k suffix, and one that cannot be read, on rows with listed ISINs.</summary>
    public const string ValuesHardToRead =
        "Name,ISIN,Market Value,Weight (%),Currency\n" +
        "TENCENT HOLDINGS LTD,KYG875721634,\"5,000,000.00\",50.00,GBP\n" +
        "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD A,CNE100000PM8,\"£830,000.00\",8.30,\n" +
        "ZTE CORP H,CNE1000004Y2,\"1.250.000,00\",12.50,GBP\n" +
        "LONGI GREEN ENERGY TECHNOLOGY CO LTD A,CNE100001FR6,640k,6.40,GBP\n" +
        "XIAMEN MEIYA PICO INFORMATION CO LTD A,CNE100001120,12x4,0.50,GBP\n" +
        "SAMSUNG ELECTRONICS LTD,KR7005930003,\"2,230,000.00\",22.30,GBP\n";

    /// <summary>No net assets, and not one value or weight that can be read: the fund's value and every weight are unknown.</summary>
    public const string NothingReadable =
        "Name,ISIN,Market Value,Weight (%),Currency\n" +
        "TENCENT HOLDINGS LTD,KYG875721634,n/a?,??,GBP\n" +
        "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD A,CNE100000PM8,12x4,8%3,GBP\n" +
        "ZTE CORP H,CNE1000004Y2,see note,see note,GBP\n";

    /// <summary>A fund as of 2022-03-10 holding Zijin Mining, which the list has on the UFLPA Entity List from August 2024.</summary>
    public const string World2022 =
        "Example World Fund\n" +
        "As of,2022-03-10\n" +
        "Name,Ticker,Exchange,Market Value,Weight (%),Currency\n" +
        "ZIJIN MINING GROUP LTD H,2899,Hong Kong Exchanges And Clearing Ltd,\"400,000.00\",40.00,USD\n" +
        "TENCENT HOLDINGS LTD,700,Hong Kong Exchanges And Clearing Ltd,\"600,000.00\",60.00,USD\n";

    /// <summary>A fund as of 2025-01-31 in the same currency.</summary>
    public const string Emerging2025 =
        "Example Emerging Fund\n" +
        "As of,2025-01-31\n" +
        "Name,Ticker,Exchange,Market Value,Weight (%),Currency\n" +
        "ZTE CORP H,763,Hong Kong Exchanges And Clearing Ltd,\"100,000.00\",10.00,USD\n" +
        "TENCENT HOLDINGS LTD,700,Hong Kong Exchanges And Clearing Ltd,\"900,000.00\",90.00,USD\n";

    /// <summary>A trimmed file: no fund name, no date.</summary>
    public const string Trimmed =
        "Name,Ticker,Exchange,Market Value,Weight (%),Currency\n" +
        "ZTE CORP H,763,Hong Kong Exchanges And Clearing Ltd,\"100,000.00\",10.00,USD\n" +
        "TENCENT HOLDINGS LTD,700,Hong Kong Exchanges And Clearing Ltd,\"900,000.00\",90.00,USD\n";

    /// <summary>A German statement the header detection does not know, and its mapping.</summary>
    public const string German =
        "Wertpapier;ISIN;Kurswert;Anteil\n" +
        "ZTE Corp H;CNE1000004Y2;1.000,50;10,00\n" +
        "Tencent Holdings Ltd;KYG875721634;9.004,50;90,00\n";

    public const string GermanMapping =
        """{ "delimiter": ";", "culture": "de-DE", "columns": { "name": "Wertpapier", "isin": "ISIN", "marketValue": "Kurswert", "weight": "Anteil" }, "fund": { "currency": "EUR" } }""";
}
