using System.Globalization;
using CsvHelper;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Csv;

/// <summary>
/// funds.csv says, as every other output says "at least" beside them, when a fund's flagged value and weight leave out
/// a holding of unknown value: the illustrative fund's Foxconn Industrial Internet row, whose market value cannot be
/// read, makes its USD 1,027,000 and 5.365% lower bounds; a fund with every value known reads exact.
/// </summary>
public sealed class FundsBoundsCsvTests
{
    private static Dictionary<string, string> Row(string file, string name)
    {
        using var temp = new TempFolder();
        ExposureRun.Execute(new RunRequest([new HoldingsInput(file, name)], RepoPaths.ReferenceData, temp.Path, [new FundsCsvRenderer()], "test"));
        using var reader = new CsvReader(new StreamReader(Path.Combine(temp.Path, "funds.csv")), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        Assert.Equal(FundsCsvRenderer.Columns, reader.HeaderRecord);
        Assert.True(reader.Read());
        var row = FundsCsvRenderer.Columns.ToDictionary(c => c, c => reader.GetField(c)!);
        Assert.False(reader.Read());
        return row;
    }

    [Fact]
    public void A_flagged_value_leaving_out_a_holding_of_unknown_value_reads_at_least()
    {
        var row = Row(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv");

        Assert.Equal(("1027000", "1"), (row["flagged_value"], row["values_unknown"]));
        Assert.Equal(("at-least", "at-least"), (row["flagged_value_bound"], row["flagged_weight_bound"]));
        // The unknown value is a named company's: the related value, Hon Hai's and Jinko Solar's, is whole.
        Assert.Equal(("842000", "exact"), (row["related_value"], row["related_value_bound"]));
    }

    [Fact]
    public void A_fund_whose_values_are_all_known_reads_exact()
    {
        var file = Path.Combine(RepoPaths.Root, "tests", "Exposure.Readers.Tests", "Fixtures", "nport", "primary_doc.xml");
        var row = Row(file, "primary_doc.xml");

        Assert.Equal(("1050000.5", "0"), (row["flagged_value"], row["values_unknown"]));
        Assert.Equal(("exact", "exact", "exact"), (row["flagged_value_bound"], row["flagged_weight_bound"], row["related_value_bound"]));
    }
}
