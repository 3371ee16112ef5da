using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Core.Tests.Reporting;

/// <summary>
/// An N-PORT filing's XML counts each line of a holding (an invstOrSec entry) in its state: where a reader reads a count,
/// the words count its holdings and say its lines as lines, beside files whose lines are their holdings.
/// </summary>
public sealed class WordingFilingEntriesTests
{
    // Two filings: 300 lines, 9 holdings (2 matched of 40 lines, 3 unmatched of 60, 4 excluded of 120), 80 lines outside.
    private static readonly StateCounts FilingLines = new(NotAHolding: 80, Rejected: 0, Excluded: 120, Unmatched: 60, Matched: 40, Related: 0, NeedsReview: 0);
    private static readonly StateCounts FilingHoldings = new(NotAHolding: 0, Rejected: 0, Excluded: 4, Unmatched: 3, Matched: 2, Related: 0, NeedsReview: 0);
    // A CSV file beside them: 20 lines, each holding one line.
    private static readonly StateCounts CsvLines = new(NotAHolding: 5, Rejected: 1, Excluded: 2, Unmatched: 9, Matched: 3, Related: 0, NeedsReview: 0);

    private static ReportSummary Summary(StateCounts lines, FilingEntries? entries) =>
        new(2, null, null, null, null, null, null, null, null, 0, 0, 0, 0, 0, lines, 0, 0, 0, null, UnknownValues.None,
            new ReportDates(null, null, 0, "1", null, null, null), [], [], new SourceKindCounts(0, 0, 0, 0), Entries: entries);

    private static FundExposure Fund(string layout, StateCounts lines, StateCounts? holdings) =>
        new("f", "Fund", MetadataOrigin.File, new DateOnly(2026, 4, 30), MetadataOrigin.File, "USD", "primary_doc.xml", layout,
            1_000_000m, FundValueBasis.StatedNetAssets, 1_000_000m, 1_000_000m, 0m, 10_000m, 0.01m, 0m, 0m, 0m, 0m, 1,
            lines, 2, [], new WeightCheck(0, 0, 0m, 0.01m), 1_000_000m, [], UnknownValues.None, Holdings: holdings);

    [Fact]
    public void Beside_a_csv_file_the_filings_count_their_holdings_and_say_their_lines_as_lines()
    {
        var summary = Summary(FilingLines.Plus(CsvLines), new FilingEntries(2, FilingLines, FilingHoldings));

        Assert.Equal(CsvLines.Plus(FilingHoldings), summary.ByHolding);
        Assert.Equal("6 holdings without a company issuer (122 lines, 120 of them of 2 N-PORT filings' XML)",
            Wording.InHoldings(summary, RowState.Excluded, "holding without a company issuer", "holdings without a company issuer"));
        // No line of the filings is rejected: the rejected lines are the CSV file's, each a holding, and read as before.
        Assert.Null(Wording.InHoldings(summary, RowState.Rejected, "holding", "holdings"));
        Assert.Equal("Of the lines in the table, 300 are of 2 N-PORT filings' XML, where a holding (an invstOrSec entry) spans several lines and each of them counts in the " +
            "holding's state: their 9 holdings are 2 matched (40 lines), 3 unmatched (60 lines) and 4 excluded (120 lines), and their other 80 lines are not a holding.",
            Wording.StatesOfEntries(summary));
        Assert.Equal("Holdings (a row, or an invstOrSec entry of 2 N-PORT filings' XML)", Wording.HoldingsRead(summary));
    }

    [Fact]
    public void Without_a_filing_s_xml_every_count_is_of_lines_and_nothing_more_is_said()
    {
        var summary = Summary(CsvLines, null);

        Assert.Null(summary.ByHolding);
        Assert.Null(summary.Holdings);
        Assert.Null(Wording.InHoldings(summary, RowState.Excluded, "holding", "holdings"));
        Assert.Null(Wording.StatesOfEntries(summary));
        Assert.Null(Wording.HoldingsRead(summary));
    }

    [Fact]
    public void A_filing_s_xml_is_counted_in_its_holdings_and_another_file_of_several_line_records_in_its_lines()
    {
        var lines = new StateCounts(NotAHolding: 49, Rejected: 0, Excluded: 68, Unmatched: 25, Matched: 21, Related: 0, NeedsReview: 0);
        var holdings = new StateCounts(NotAHolding: 0, Rejected: 0, Excluded: 3, Unmatched: 1, Matched: 1, Related: 0, NeedsReview: 0);
        var filing = Fund(FundExposure.FilingXmlLayout, lines, holdings);
        Assert.True(filing.HoldingsAreEntries);
        Assert.Equal("5 holdings (invstOrSec entries): 1 matched · 1 unmatched · 3 excluded; 163 lines in all, 49 of them outside any holding", Wording.EntriesByState(filing));
        Assert.Null(Wording.HoldingsOfLines(filing));
        Assert.Equal("Holdings by state", Wording.StatesHeading([filing], "Lines by state"));

        // A CSV file with a quoted field over two lines has its lines as its counts, and its holdings said beside them.
        var csv = Fund("CSV", lines, holdings);
        Assert.False(csv.HoldingsAreEntries);
        Assert.Null(Wording.EntriesByState(csv));
        Assert.Equal("the 163 lines hold 5 holdings: 1 matched, 1 unmatched, 3 excluded", Wording.HoldingsOfLines(csv));
        Assert.Equal("Lines by state (holdings for an N-PORT filing's XML)", Wording.StatesHeading([filing, csv], "Lines by state"));
        Assert.Equal("Lines by state", Wording.StatesHeading([csv], "Lines by state"));
    }
}
