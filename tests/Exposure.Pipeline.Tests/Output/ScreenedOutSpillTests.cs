using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Output;
using Exposure.Reports.Csv;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Output;

public sealed class ScreenedOutSpillTests
{
    [Fact]
    public void Rows_come_back_in_order_with_every_field_and_unknown_values_stay_unknown()
    {
        using var temp = new TempFolder();
        using var spill = new ScreenedOutSpill(temp.Path);
        var full = new HoldingRow(new SourceLocation("a.csv", 7), "NAME, WITH \"QUOTES\"", "TCK", "Exch", "US0378331005", "037833100", "2046251", "Equity", "Tech", "USD", "US", 1234.5678m, -0.25m);
        var bare = new HoldingRow(new SourceLocation("a.csv", 8), null);
        spill.Add("fund-a", "a.csv", full, RowState.Unmatched, "no company on the list matched");
        spill.Add("fund-a", "a.csv", bare, RowState.Unmatched, "why");
        spill.Add("fund-b", "b.csv", full with { Source = new SourceLocation("/somewhere/b.csv", 3) }, RowState.Excluded, "asset class 'Cash' is not equity");
        Assert.Throws<InvalidOperationException>(() => spill.Unmatched().ToList());
        spill.Complete();

        var unmatched = spill.Unmatched().ToList();
        Assert.Equal(2, unmatched.Count);
        var u = unmatched[0];
        Assert.Equal(("fund-a", "a.csv", 7, RowState.Unmatched, "no company on the list matched"), (u.FundId, u.File, u.Line, u.State, u.Reason));
        Assert.Equal((full.Name, full.Ticker, full.ExchangeText, full.Isin, full.Cusip, full.Sedol, full.AssetClass, full.Currency), (u.Name, u.Ticker, u.Exchange, u.Isin, u.Cusip, u.Sedol, u.AssetClass, u.Currency));
        Assert.Equal(1234.5678m, u.MarketValue);
        Assert.Equal(-0.25m, u.WeightPercentInFile);
        Assert.Null(unmatched[1].Name);
        Assert.Null(unmatched[1].MarketValue);
        var excluded = Assert.Single(spill.Excluded());
        Assert.Equal(("fund-b", "b.csv", 3, RowState.Excluded), (excluded.FundId, excluded.File, excluded.Line, excluded.State));
        Assert.Equal(2, spill.Unmatched().Count());
    }

    [Fact]
    public void Rows_written_on_the_spills_own_thread_keep_their_order_across_many_batches()
    {
        using var temp = new TempFolder();
        using var spill = new ScreenedOutSpill(temp.Path);
        for (var line = 1; line <= 10_000; line++)
        {
            var state = line % 7 == 0 ? RowState.Excluded : RowState.Unmatched;
            spill.Add("fund-" + (line / 2500), "a.csv", new HoldingRow(new SourceLocation("a.csv", line), "NAME " + line, MarketValue: line), state, "r");
        }
        spill.Complete();

        var unmatched = spill.Unmatched().ToList();
        var excluded = spill.Excluded().ToList();
        Assert.Equal(Enumerable.Range(1, 10_000).Where(l => l % 7 != 0), unmatched.Select(u => u.Line));
        Assert.Equal(Enumerable.Range(1, 10_000).Where(l => l % 7 == 0), excluded.Select(u => u.Line));
        Assert.All(unmatched.Concat(excluded), u => Assert.Equal(("NAME " + u.Line, (decimal)u.Line, "fund-" + (u.Line / 2500)), (u.Name, u.MarketValue ?? -1, u.FundId)));
        Assert.Throws<InvalidOperationException>(() => spill.Add("f", "a.csv", new HoldingRow(new SourceLocation("a.csv", 1), "X"), RowState.Unmatched, "r"));
    }

    [Fact]
    public void The_csv_files_copied_as_kept_are_the_bytes_written_row_by_row()
    {
        using var temp = new TempFolder();
        using var spill = new ScreenedOutSpill(temp.Path);
        var rows = new[]
        {
            new HoldingRow(new SourceLocation("a.csv", 2), "=HYPERLINK(\"x\")", "T", " padded ", "US0378331005", Currency: "USD", MarketValue: 1e-7m, WeightPercent: 12.5m),
            new HoldingRow(new SourceLocation("a.csv", 3), "multi\nline, \"quoted\"", MarketValue: -3m),
            new HoldingRow(new SourceLocation("a.csv", 4), null),
        };
        foreach (var row in rows) spill.Add("fund", "a.csv", row, RowState.Unmatched, "no company on the list matched");
        spill.Add("fund", "a.csv", rows[0], RowState.Excluded, "asset class 'Cash' is not equity");
        spill.Complete();

        var model = new ExposureBuilder(BundledReference.Value).Build(new RunInfo("t", "v", Matcher.AlgorithmVersion, null, [], new(0, 0, 0, 0), 0.01m, null), 0);
        foreach (var renderer in new[] { ScreenedOutCsvRenderer.Unmatched(), ScreenedOutCsvRenderer.Excluded() })
        {
            using var copied = new MemoryStream();
            renderer.Render(model with { ScreenedOut = spill }, copied);
            using var written = new MemoryStream();
            renderer.Render(model with { ScreenedOut = ScreenedOutRows.Of(spill.Unmatched().ToList(), spill.Excluded().ToList()) }, written);
            Assert.Equal(written.ToArray(), copied.ToArray());
            Assert.StartsWith("\uFEFFfund_id,file,line,state,", System.Text.Encoding.UTF8.GetString(copied.ToArray()), StringComparison.Ordinal);
        }
        Assert.Equal(rows.Select(r => r.Name), spill.Unmatched().Select(r => r.Name));
    }

    [Fact]
    public void The_csv_files_placed_as_kept_are_moved_not_copied_and_the_rows_are_read_from_where_they_went()
    {
        using var temp = new TempFolder();
        var spillFolder = Path.Combine(temp.Path, "work");
        var setFolder = Path.Combine(temp.Path, "set");
        Directory.CreateDirectory(spillFolder);
        Directory.CreateDirectory(setFolder);
        using var spill = new ScreenedOutSpill(spillFolder);
        for (var line = 1; line <= 100; line++)
            spill.Add("fund", "a.csv", new HoldingRow(new SourceLocation("a.csv", line), "NAME, " + line, MarketValue: line * 1.25m), line % 3 == 0 ? RowState.Excluded : RowState.Unmatched, "r");
        spill.Complete();
        var before = spill.Unmatched();

        var model = new ExposureBuilder(BundledReference.Value).Build(new RunInfo("t", "v", Matcher.AlgorithmVersion, null, [], new(0, 0, 0, 0), 0.01m, null), 0);
        var heldModel = model with { ScreenedOut = ScreenedOutRows.Of(spill.Unmatched().ToList(), spill.Excluded().ToList()) };
        foreach (var renderer in new[] { ScreenedOutCsvRenderer.Unmatched(), ScreenedOutCsvRenderer.Excluded() })
        {
            var placed = Path.Combine(setFolder, renderer.FileName);
            ((IReportRenderer)renderer).RenderFile(model with { ScreenedOut = spill }, placed);
            using var written = new MemoryStream();
            renderer.Render(heldModel, written);
            Assert.Equal(written.ToArray(), File.ReadAllBytes(placed));

            // Placed a second time elsewhere: a copy, the first file left where it is.
            var again = Path.Combine(temp.Path, renderer.FileName);
            ((IReportRenderer)renderer).RenderFile(model with { ScreenedOut = spill }, again);
            Assert.Equal(written.ToArray(), File.ReadAllBytes(again));
            Assert.True(File.Exists(placed));
        }

        Assert.Empty(Directory.GetFiles(spillFolder));
        Assert.Equal(Enumerable.Range(1, 100).Where(l => l % 3 != 0), before.Select(r => r.Line));
        Assert.Equal(Enumerable.Range(1, 100).Where(l => l % 3 == 0), spill.Excluded().Select(r => r.Line));
        using var copied = new MemoryStream();
        ScreenedOutCsvRenderer.Unmatched().Render(model with { ScreenedOut = spill }, copied);
        Assert.Equal(File.ReadAllBytes(Path.Combine(setFolder, ScreenedOutCsvRenderer.UnmatchedFile)), copied.ToArray());
    }

    [Fact]
    public void Amounts_are_read_back_as_the_general_parser_reads_them_digits_places_and_sign()
    {
        var random = new Random(3);
        var texts = new List<string>
        {
            "0", "-0", "0.00", "-0.00", "12.50", "00012.50", "-0.0001", ".5", "-.5", "5.", "1e5", "-1.5E-3", "1234567890123456789", "12345678901234567890",
            "9999999999999999999", "-999999999.9999999999", "0.0000000000000000001", "79228162514264337593543950335", "1,000.5", "+3", "1.2.3",
        };
        for (var i = 0; i < 5000; i++)
        {
            var integer = new string('0', random.Next(3)) + random.NextInt64(0, (long)Math.Pow(10, random.Next(1, 18))).ToString(CultureInfo.InvariantCulture);
            var places = random.Next(4) == 0 ? "" : "." + random.NextInt64(0, (long)Math.Pow(10, random.Next(1, 12))).ToString(CultureInfo.InvariantCulture).PadLeft(random.Next(1, 12), '0');
            texts.Add((random.Next(3) == 0 ? "-" : "") + integer + places);
        }
        foreach (var text in texts)
        {
            decimal? expected = decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d) ? d : null;
            if (expected is null)
            {
                Assert.ThrowsAny<FormatException>(() => ScreenedOutSpill.Number(text));
                continue;
            }
            var read = ScreenedOutSpill.Number(text);
            Assert.True(read is { } r && decimal.GetBits(r).SequenceEqual(decimal.GetBits(expected.Value)), text);
        }
        Assert.Null(ScreenedOutSpill.Number(""));
    }

    [Fact]
    public void Hostile_text_and_unknown_values_come_back_exactly_as_added()
    {
        using var temp = new TempFolder();
        using var spill = new ScreenedOutSpill(temp.Path);
        string[] pieces = ["\"", ",", "\n", "\r\n", "\r", " ", "'", "''", "=", "+", "-", "@", "\t", "=HYPERLINK(\"http://x\")", "a", "新疆", "\"\"", "\",\"", "é"];
        var random = new Random(11);
        string? Hostile()
        {
            if (random.Next(6) == 0) return null;
            var text = new System.Text.StringBuilder();
            var length = random.Next(1, random.Next(10) == 0 ? 3000 : 12);
            while (text.Length < length) text.Append(pieces[random.Next(pieces.Length)]);
            return text.ToString();
        }
        decimal? Amount() => random.Next(5) == 0 ? null : new decimal(random.NextDouble() * 1e9) * (random.Next(2) == 0 ? -1 : 1) / (decimal)Math.Pow(10, random.Next(12));
        var expected = new List<ScreenedOutLine>();
        for (var line = 1; line <= 3_000; line++)
        {
            var row = new HoldingRow(new SourceLocation("x", line), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), Hostile(), null, Amount(), Amount());
            var fund = line % 500 == 0 ? "'fund, \"odd\"" : "fund-" + (line / 700);
            var file = Hostile() ?? "f.csv";
            var reason = Hostile() ?? "no company on the list matched";
            spill.Add(fund, file, row, RowState.Unmatched, reason);
            expected.Add(new ScreenedOutLine(fund, file, line, RowState.Unmatched, reason, row.Name, row.Ticker, row.ExchangeText, row.Isin, row.Cusip, row.Sedol,
                row.AssetClass, row.Currency, row.MarketValue, row.WeightPercent));
        }
        spill.Complete();

        var read = spill.Unmatched().ToList();
        Assert.Equal(expected.Count, read.Count);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], read[i]);
        Assert.Contains(read, r => r.Name is null);
        Assert.Contains(read, r => r.MarketValue is null);
        Assert.Contains(read, r => r.Name?.Length > 1000);
        Assert.Empty(spill.Excluded());

        // The rows as records over the reader's buffer: the same values, copied out before the next is read.
        var records = spill.Records(RowState.Unmatched).Select(Copied).ToList();
        Assert.Equal(expected, records);
        Assert.Empty(spill.Records(RowState.Excluded));
        // Held in memory, the rows give the same records.
        Assert.Equal(expected, ScreenedOutRows.Of(expected, []).Records(RowState.Unmatched).Select(Copied));
    }

    private static ScreenedOutLine Copied(ScreenedOutRecord r)
    {
        string? Text(ScreenedOutText column) => r.TryText(column, out var value) ? value.ToString() : null;
        return new ScreenedOutLine(r.FundId.ToString(), r.File.ToString(), r.Line, r.State, r.Reason.ToString(), Text(ScreenedOutText.Name), Text(ScreenedOutText.Ticker),
            Text(ScreenedOutText.Exchange), Text(ScreenedOutText.Isin), Text(ScreenedOutText.Cusip), Text(ScreenedOutText.Sedol), Text(ScreenedOutText.AssetClass),
            Text(ScreenedOutText.Currency), r.MarketValue, r.WeightPercentInFile);
    }
}
