using Exposure.Core.Reporting;
using Exposure.TestSupport;
using static Exposure.Reports.Excel.Tests.Report.SampleReports;

namespace Exposure.Reports.Excel.Tests.Report;

/// <summary>
/// The Funds sheet gives a flagged weight that leaves out holdings of unknown value as the PDF's and the web page's funds
/// tables do: "at least" before it (<see cref="Wording.FlaggedWeightAtLeast"/>), the cell still a number.
/// </summary>
public sealed class FundsSheetAtLeastTests
{
    [Fact]
    public void A_flagged_weight_leaving_out_holdings_of_unknown_value_reads_at_least_and_an_exact_one_does_not()
    {
        using var temp = new TempFolder();
        var report = Illustrative(temp.Path);
        // The illustrative fund holds a named company whose value is unknown and whose weight the file states: its flagged weight leaves it out.
        var bound = report.Funds.First(f => f.FlaggedWeight > 0 && f.ValuesUnknown.MatchedOutOfWeight > 0);
        // The same fund again, as if every value of it were known: its flagged weight is exact.
        var exactFund = bound with
        {
            Id = bound.Id + "-exact",
            Name = bound.Name + " (exact)",
            ValuesUnknown = UnknownValues.None,
        };
        report = report with { Funds = [.. report.Funds, exactFund] };
        Assert.Equal("at least ", Wording.FlaggedWeightAtLeast(bound));
        Assert.Equal("", Wording.FlaggedWeightAtLeast(exactFund));

        using var book = new Writing.ReadBack(Render(report));
        var header = book.Rows("Funds")[0].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(book.Text).ToList();
        var column = (char)('A' + header.IndexOf("Flagged weight"));
        Assert.Equal("Flagged weight", header[column - 'A']);
        var rows = report.Funds.Select((f, i) => (f, Row: i + 2)).ToList();
        var atLeast = rows.Single(r => r.f.Id == bound.Id);
        var exact = rows.Single(r => r.f.Id == exactFund.Id);

        Assert.Equal((double)bound.FlaggedWeight!.Value, book.Number("Funds", $"{column}{atLeast.Row}"), 12);
        Assert.StartsWith("\"at least \"", book.NumberFormat("Funds", $"{column}{atLeast.Row}"), StringComparison.Ordinal);
        Assert.Equal((double)exactFund.FlaggedWeight!.Value, book.Number("Funds", $"{column}{exact.Row}"), 12);
        Assert.DoesNotContain("at least", book.NumberFormat("Funds", $"{column}{exact.Row}"), StringComparison.Ordinal);
    }
}
