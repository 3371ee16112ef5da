using System.Text;
using Exposure.Core.Holdings;
using Exposure.Readers.Csv;

namespace Exposure.Synthetic.Tests;

public sealed class HoldingsShapeTests(SmallUniverse universe) : IClassFixture<SmallUniverse>
{
    private static int LinesCovered(IEnumerable<ReadItem> items) => items.Sum(i => i switch
    {
        NotAHolding n => n.Source.LineCount,
        Rejected r => r.Source.LineCount,
        HoldingRead h => h.Row.Source.LineCount,
        _ => 0,
    });

    /// <summary>Physical lines as an editor counts them: line breaks, plus one when the last line has none.</summary>
    private static int PhysicalLines(byte[] bytes) =>
        bytes.Count(b => b == (byte)'\n') + (bytes.Length > 0 && bytes[^1] != (byte)'\n' ? 1 : 0);

    [Fact]
    public void Every_shape_is_generated()
    {
        Assert.Equal(12, universe.Result.Files.Count);
        Assert.Equal(HoldingsShapes.All.Order(), universe.Result.Files.Select(f => f.Shape).Distinct().Order());
        Assert.Equal(6_000, universe.Result.Files.Sum(f => f.HoldingRows));
    }

    [Fact]
    public void Every_file_reads_and_its_lines_add_up()
    {
        foreach (var file in universe.Result.Files)
        {
            var path = universe.PathOf(file);
            var items = CsvHoldingsReader.Read(path, file.Name).ToList();
            var end = Assert.IsType<EndOfFile>(items[^1]);

            Assert.Equal(PhysicalLines(File.ReadAllBytes(path)), end.Lines);
            Assert.Equal(file.Lines, end.Lines);
            Assert.Equal(end.Lines, LinesCovered(items));
            Assert.Empty(items.OfType<Rejected>());
            var rows = items.OfType<HoldingRead>().Select(h => h.Row).ToList();
            Assert.Equal(file.HoldingRows, rows.Count);
            Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.Name)));
            Assert.All(rows, r => Assert.NotNull(r.MarketValue));

            if (HoldingsShapes.HasAssetClass(file.Shape))
            {
                Assert.Equal(file.CashRows, rows.Count(r => AssetClasses.ExclusionReason(r) is not null));
                Assert.All(rows.Where(r => r.AssetClass == "Equity"), r => Assert.True(r.Name!.Length <= 34, $"'{r.Name}' is longer than iShares writes"));
            }
        }
    }

    [Fact]
    public void Weights_agree_with_values_as_a_real_download_does()
    {
        foreach (var file in universe.Result.Files)
        {
            var rows = CsvHoldingsReader.Read(universe.PathOf(file), file.Name).OfType<HoldingRead>().Select(h => h.Row).ToList();
            var total = rows.Sum(r => r.MarketValue ?? 0);
            foreach (var r in rows)
                Assert.True(Math.Abs(r.MarketValue!.Value / total * 100 - r.WeightPercent!.Value) <= 0.005m,
                    $"{r.Source}: weight {r.WeightPercent} for {r.MarketValue} of {total}");
        }
    }

    [Fact]
    public void Raw_ishares_files_have_preamble_bom_blank_line_and_multi_line_footer()
    {
        var file = universe.Result.Files.First(f => f.Shape == HoldingsShape.ISharesRaw);
        var bytes = File.ReadAllBytes(universe.PathOf(file));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.DoesNotContain('\r', text);
        var lines = text.Split('\n');
        Assert.StartsWith("Fund Holdings as of,\"", lines[1], StringComparison.Ordinal);
        Assert.Equal("\u00A0", lines[8]);
        Assert.StartsWith("Ticker,Name,", lines[9], StringComparison.Ordinal);
        Assert.Matches("^\"[^\"]*\",\"[^\"]*\",", lines[10]);

        var items = CsvHoldingsReader.Read(universe.PathOf(file), file.Name).ToList();
        var fund = Assert.IsType<FundDetected>(items[0]).Fund;
        Assert.Equal("iShares holdings download", fund.Layout);
        Assert.Equal(MetadataOrigin.File, fund.NameFrom);
        Assert.StartsWith("Synthetic Markets Fund", fund.Name, StringComparison.Ordinal);
        Assert.NotNull(fund.AsOf);
        var footer = items.OfType<NotAHolding>().Single(n => n.Source.LineCount > 1);
        Assert.Equal("footer", footer.What);
        Assert.Equal(file.Lines, footer.Source.Line + footer.Source.LineCount - 1);
        Assert.Contains(items.OfType<NotAHolding>(), n => n.What == "blank line" && n.Source.Line > 10);
    }

    [Fact]
    public void Trimmed_files_are_header_and_quoted_rows_without_a_final_line_break()
    {
        var file = universe.Result.Files.First(f => f.Shape == HoldingsShape.ISharesTrimmed);
        var bytes = File.ReadAllBytes(universe.PathOf(file));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.NotEqual((byte)'\n', bytes[^1]);
        Assert.Equal(file.HoldingRows + 1, file.Lines);
        var fund = Assert.IsType<FundDetected>(CsvHoldingsReader.Read(universe.PathOf(file), file.Name).First()).Fund;
        Assert.Equal("iShares holdings download", fund.Layout);
        Assert.Equal(MetadataOrigin.FileName, fund.NameFrom);
    }

    [Fact]
    public void Resaved_files_use_crlf_minimal_quoting_and_no_leading_zeros()
    {
        var files = universe.Result.Files.Where(f => f.Shape == HoldingsShape.SpreadsheetResaved).ToList();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(universe.PathOf(file));
            Assert.NotEqual(0xEF, bytes[0]);
            var text = Encoding.UTF8.GetString(bytes);
            Assert.Equal(text.Count(c => c == '\n'), text.Split("\r\n").Length - 1);
            Assert.StartsWith("Ticker,Name,", text, StringComparison.Ordinal);
            var rows = CsvHoldingsReader.Read(universe.PathOf(file), file.Name).OfType<HoldingRead>().Select(h => h.Row).ToList();
            Assert.All(rows.Where(r => r.Ticker is { } t && t.All(char.IsAsciiDigit)), r => Assert.False(r.Ticker!.StartsWith('0'), r.Ticker));
        }
        // Codes that sources write with leading zeros (Shenzhen 000xxx, Korea 0xxxxx) do occur: they are the test.
        var raw = universe.Result.Files.Where(f => f.Shape == HoldingsShape.ISharesRaw)
            .SelectMany(f => CsvHoldingsReader.Read(universe.PathOf(f), f.Name).OfType<HoldingRead>());
        Assert.Contains(raw, h => h.Row.Ticker is { Length: 6 } t && t.StartsWith('0'));
    }

    [Fact]
    public void Plain_files_have_the_six_plain_columns()
    {
        var file = universe.Result.Files.First(f => f.Shape == HoldingsShape.PlainCsv);
        Assert.StartsWith("Name,ISIN,Ticker,Exchange,Market Value,Weight\n", File.ReadAllText(universe.PathOf(file)), StringComparison.Ordinal);
        var items = CsvHoldingsReader.Read(universe.PathOf(file), file.Name).ToList();
        Assert.Equal("CSV with header row", Assert.IsType<FundDetected>(items[0]).Fund.Layout);
        var rows = items.OfType<HoldingRead>().Select(h => h.Row).ToList();
        Assert.True(rows.Count(r => r.Isin is not null) > rows.Count / 2);
        Assert.All(rows, r => Assert.Null(r.AssetClass));
    }
}
