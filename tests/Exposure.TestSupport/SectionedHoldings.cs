namespace Exposure.TestSupport;

/// <summary>A holdings file with section headings, total and subtotal lines between its holdings, as some managers' exports have them.</summary>
public static class SectionedHoldings
{
    /// <summary>Three holdings (10,000 in a named company, 40,000 and 50,000 in others); two headings, two subtotals and a grand total.</summary>
    public const string Csv =
        "Name,ISIN,Market Value,Currency\n" +
        "Equities,,,\n" +
        "ZIJIN MINING GROUP CO LTD A,CNE100000B24,\"10,000.00\",USD\n" +
        "ALPHA AG,DE0007164600,\"40,000.00\",USD\n" +
        "Total Equities,,\"50,000.00\",\n" +
        "Bonds,,,\n" +
        "BETA SE 2.5% 2030,DE0007236101,\"50,000.00\",USD\n" +
        "Subtotal Bonds,,\"50,000.00\",\n" +
        "Grand Total,,\"100,000.00\",USD\n";
}
