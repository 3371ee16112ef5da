using System.Globalization;
using System.IO.Compression;
using Exposure.Core.Holdings;
using Exposure.Readers.Nport.DataSet;
using Exposure.TestSupport;

namespace Exposure.Synthetic.Tests;

public sealed class NportDataSetWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private NportDataSetResult Generate(string name, bool interleave = false) => NportDataSetWriter.Generate(
        new NportDataSetOptions(new ReferenceOptions(RepoPaths.ReferenceData, 3, Companies: 300, Names: 1_200), Rows: 6_000, Series: 60,
            Distinct: 2_000, FlaggedRate: 0.02, EarlierMonthShare: 0.3, AmendedShare: 0.1, Interleave: interleave),
        Path.Combine(_temp.Path, name));

    [Fact]
    public void Writes_every_table_with_the_real_headers_and_the_same_bytes_for_the_same_options()
    {
        var a = Generate("a");
        var b = Generate("b");
        Assert.Equal(File.ReadAllBytes(a.ZipPath), File.ReadAllBytes(b.ZipPath));
        Assert.Equal(File.ReadAllBytes(a.ManifestPath), File.ReadAllBytes(b.ManifestPath));

        using var zip = ZipFile.OpenRead(a.ZipPath);
        Assert.Equal(NportTables.All.Select(t => t.File).Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var (file, columns) in NportTables.All)
        {
            using var reader = new StreamReader(zip.GetEntry(file)!.Open());
            Assert.Equal(string.Join('\t', columns), reader.ReadLine());
        }
        using (var holdings = new StreamReader(zip.GetEntry("FUND_REPORTED_HOLDING.tsv")!.Open()))
        {
            var lines = 0;
            while (holdings.ReadLine() is { } line)
            {
                if (lines++ == 0) continue;
                Assert.Equal(22, line.Split('\t').Length);
            }
            Assert.Equal(6_001, lines);
        }
        using (var submissions = new StreamReader(zip.GetEntry("SUBMISSION.tsv")!.Open()))
        {
            submissions.ReadLine();
            var first = submissions.ReadLine()!.Split('\t');
            Assert.Matches(@"^\d{10}-26-\d{6}$", first[0]);
            Assert.Matches(@"^\d{2}-[A-Z]{3}-2026$", first[5]); // REPORT_DATE as the data sets write it
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_reader_chooses_the_filings_the_generator_says_and_finds_every_planted_isin(bool interleave)
    {
        var r = Generate(interleave ? "mixed" : "grouped", interleave);
        var items = NportDataSetReader.Read(r.ZipPath, NportDataSetWriter.ZipName).ToList();

        var filings = File.ReadLines(r.FilingsPath).Skip(1).Select(l => l.Split(',')).ToList();
        var chosen = filings.Where(f => f[4] == "yes").ToList();
        Assert.Equal(chosen.Select(f => f[0]).Order(StringComparer.Ordinal),
            items.OfType<FundDetected>().Select(d => d.Fund.AccessionNumber!).Order(StringComparer.Ordinal));
        Assert.Contains(filings, f => f[3] == "NPORT-P/A");
        Assert.Contains(filings, f => f[4] == "no" && f[3] == "NPORT-P");
        Assert.Equal(chosen.Sum(f => long.Parse(f[5], CultureInfo.InvariantCulture)), items.OfType<HoldingRead>().Count());
        Assert.Equal(6_001, Assert.IsType<EndOfFile>(items[^1]).Lines);
        Assert.Equal(6_001, items.Sum(i => i switch
        {
            NotAHolding n => n.Source.LineCount,
            Rejected x => x.Source.LineCount,
            HoldingRead h => h.Row.Source.LineCount,
            _ => 0,
        }));

        var isinAt = items.OfType<HoldingRead>().ToDictionary(h => h.Row.Source.Line, h => h.Row.Isin);
        var planted = Manifest.Read(r.ManifestPath);
        Assert.NotEmpty(planted);
        Assert.All(planted, e => Assert.Equal(e.Isin, isinAt[e.Line]));

        var rows = items.OfType<HoldingRead>().Select(h => h.Row).ToList();
        Assert.Contains(rows, row => row.AssetClass == "Debt (DBT)");
        Assert.Contains(rows, row => row.AssetClass == "Equity common (EC)" && row.Isin is not null && row.Ticker is not null);
        Assert.All(rows, row => Assert.Equal("USD", row.Currency));
    }
}
