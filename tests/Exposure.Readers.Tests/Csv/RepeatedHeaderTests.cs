using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.Readers.Tests.Xlsx;
using Exposure.Readers.Xlsx;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Csv;

public sealed class RepeatedHeaderTests
{
    [Fact]
    public void A_header_repeated_among_the_rows_is_not_a_holding_and_leaves_the_currency_alone()
    {
        using var temp = new TempFolder();
        var path = temp.File("dup.csv",
            "Ticker,Name,Market Value,Currency\n" +
            "2899,ZIJIN MINING GROUP LTD H,500,USD\n" +
            " ticker , NAME ,Market value,CURRENCY\n" +
            "AAA,ALPHA,1000,USD\n" +
            "Ticker,Name,Market Value,USD\n");

        var items = CsvHoldingsReader.Read(path, "dup.csv").ToList();

        Assert.Equal([(1, "header"), (3, "header repeated")], items.OfType<NotAHolding>().Select(n => (n.Source.Line, n.What)));
        var rows = items.OfType<HoldingRead>().Select(h => h.Row).ToList();
        Assert.Equal(["ZIJIN MINING GROUP LTD H", "ALPHA", "Name"], rows.Select(r => r.Name));
        Assert.Equal(["USD", "USD", "USD"], rows.Select(r => r.Currency));
        Assert.Equal(5, Assert.IsType<EndOfFile>(items[^1]).Lines);
    }

    [Fact]
    public void A_header_repeated_in_a_workbook_is_not_a_holding()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "dup.xlsx");
        TestWorkbook.Write(path,
        [
            ("Holdings",
            [
                (1, Cells("Ticker", "Name", "Market Value", "Currency")),
                (2, Cells("AAA", "ALPHA", "1000", "USD")),
                (3, Cells("Ticker", "Name", "Market Value", "Currency")),
                (4, Cells("BBB", "BETA", "2000", "USD")),
            ]),
        ]);

        var items = XlsxHoldingsReader.Read(path, "dup.xlsx").ToList();

        Assert.Equal([(1, "header"), (3, "header repeated")], items.OfType<NotAHolding>().Select(n => (n.Source.Line, n.What)));
        Assert.Equal(["ALPHA", "BETA"], items.OfType<HoldingRead>().Select(h => h.Row.Name));
    }

    private static TestCell?[] Cells(params string[] texts) => texts.Select(t => (TestCell?)t).ToArray();
}
