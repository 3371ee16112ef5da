using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;
using Xunit.Abstractions;

namespace Exposure.Reports.Excel.Tests.Writing;

/// <summary>A percentage cell shows the decimals the other outputs show it with (<see cref="Wording.DecimalsOf"/>): a nonzero share never reads 0.000%.</summary>
public sealed class PercentFormatTests(ITestOutputHelper output)
{
    private static readonly decimal[] Shares = [0.0125m, 0.000024614348m, 0.0000049m, 0.00000024m, 0m, -0.0000049m];

    [Fact]
    public void Each_percentage_cell_has_the_number_format_of_its_decimals_and_the_workbook_stays_valid()
    {
        var bytes = Workbooks.Write(writer =>
        {
            writer.AddTableSheet(new TableSheet<decimal>("Shares").Percent("Share", 12, x => x), Shares);
            writer.AddKeyValueSheet(new KeyValueSheet("Summary", "Shares", [new("Smallest share", CellContent.Percent(0.0000049m))]));
        });

        Assert.Empty(ReadBack.Validate(bytes, output));
        using var read = new ReadBack(bytes);
        Assert.Equal(["0.000%", "0.000%", "0.0000%", "0.00000%", "0.000%", "0.0000%"], Shares.Select((_, i) => read.NumberFormat("Shares", $"A{i + 2}")));
        Assert.Equal("0.0000%", read.NumberFormat("Summary", "B3"));
        Assert.Equal(0.0000049, read.Number("Summary", "B3"), 12);
    }

    [Fact]
    public void The_format_of_a_percentage_shows_what_the_other_outputs_write()
    {
        foreach (var share in Shares)
        {
            var cell = CellContent.Percent(share);
            var format = WorkbookStyles.PercentFormatOf(cell.Decimals);
            // "0.0000%": the decimals are the zeros after the point; the text the workbook shows is the shared text.
            var decimals = format.Length - "0.%".Length;
            var shown = Math.Round(share * 100, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('0', decimals), System.Globalization.CultureInfo.InvariantCulture) + "%";
            Assert.Equal(Wording.Percent(share), shown);
        }
    }
}
