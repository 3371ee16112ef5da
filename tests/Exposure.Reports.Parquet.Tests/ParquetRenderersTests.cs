using System.Globalization;
using System.Numerics;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.TestSupport;
using Parquet;
using Parquet.Schema;

namespace Exposure.Reports.Parquet.Tests;

public sealed class ParquetRenderersTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Screens the bundled illustrative holdings, writing the three Parquet files and the CSV files beside them.</summary>
    private (ExposureReport Report, string Folder) Run(string name)
    {
        var folder = Path.Combine(_temp.Path, name);
        Directory.CreateDirectory(folder);
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")],
            RepoPaths.ReferenceData, folder, [.. ParquetFormat.Renderers(), ScreenedOutCsvRenderer.Unmatched(), ScreenedOutCsvRenderer.Excluded()], "test")).Report;
        return (report, folder);
    }

    private static (ParquetSchema Schema, Dictionary<string, Array> Columns, IReadOnlyDictionary<string, string> Metadata) ReadBack(string path) =>
        ParquetNetReading.ReadBack(path);

    [Fact]
    public void Findings_unmatched_and_excluded_hold_what_the_report_and_the_csv_files_hold()
    {
        var (report, folder) = Run("a");

        var findings = ReadBack(Path.Combine(folder, "findings.parquet"));
        Assert.Equal(
            ["fund_id", "fund_name", "fund_as_of", "file", "line", "state", "name", "ticker", "exchange", "mic", "isin", "normalised_name",
             "market_value", "currency", "weight", "company_id", "company_name", "basis", "rule", "score", "evidence", "decided_by",
             "instrument", "issuer", "terms", "maturity", "notional", "direction", "fund_label", "registrant", "cik", "series_id",
             "notional_currency", "accession_number", "holding_id", "lists", "value_disagrees"],
            findings.Schema.GetDataFields().Select(f => f.Name));
        // Holdings that are not of an SEC N-PORT filing have no accession number or HOLDING_ID: empty, as in matches.csv.
        Assert.All(findings.Columns["accession_number"].Cast<string?>().Concat(findings.Columns["holding_id"].Cast<string?>()), Assert.Null);
        Assert.NotEmpty(report.Findings);
        Assert.Equal(report.Findings.Select(f => f.CompanyId), findings.Columns["company_id"].Cast<string>());
        Assert.Equal(report.Findings.Select(f => (int?)f.Line), findings.Columns["line"].Cast<int?>());
        Assert.Equal(report.Findings.Select(f => f.Value is { } v ? Math.Round(v, 12) : (decimal?)null), findings.Columns["market_value"].Cast<decimal?>());
        Assert.Equal(report.Findings.Select(f => Wording.Code(f.State)), findings.Columns["state"].Cast<string>());
        Assert.Equal("findings", findings.Metadata["exposure.table"]);
        Assert.False(findings.Metadata.ContainsKey("exposure.generated_at"));

        foreach (var (file, csv) in new[] { ("unmatched.parquet", "unmatched.csv"), ("excluded.parquet", "excluded.csv") })
        {
            var table = ReadBack(Path.Combine(folder, file));
            var csvLines = File.ReadAllLines(Path.Combine(folder, csv)).Skip(1).ToList();
            Assert.NotEmpty(csvLines);
            Assert.Equal(csvLines.Count, table.Columns["line"].Length);
            Assert.Equal(csvLines.Select(l => int.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)), table.Columns["line"].Cast<int?>().Select(l => l!.Value));
            Assert.All(table.Columns["fund_name"].Cast<string>(), n => Assert.False(string.IsNullOrEmpty(n)));
        }
    }

    [Fact]
    public void Findings_of_two_same_named_funds_of_different_registrants_carry_each_fund_s_label_registrant_cik_and_series()
    {
        var folder = Path.Combine(_temp.Path, "same-named");
        var dataSets = NportMarket.WriteSameNamed(Path.Combine(_temp.Path, "same-named-data"));
        ExposureRun.Execute(new RunRequest(dataSets.Select(d => new HoldingsInput(d, Path.GetFileName(d))).ToList(), RepoPaths.ReferenceData, folder,
            [.. ParquetFormat.Renderers()], "test"));

        var findings = ReadBack(Path.Combine(folder, "findings.parquet"));
        string?[] Column(string name) => findings.Columns[name].Cast<string?>().ToArray();
        var (names, companies, labels, registrants, ciks, series) =
            (Column("fund_name"), Column("company_id"), Column("fund_label"), Column("registrant"), Column("cik"), Column("series_id"));
        var hikvision = Enumerable.Range(0, names.Length)
            .Where(i => names[i] == NportMarket.SharedName && companies[i] == "hikvision")
            .Select(i => (labels[i], registrants[i], ciks[i], series[i]))
            .Distinct()
            .Order()
            .ToList();
        Assert.Equal(
            [("Emerging Markets Fund (Example Trust 000)", "Example Trust 000", "9800000", "S900000000"),
             ("Emerging Markets Fund (Example Trust 001)", "Example Trust 001", "9800001", "S900000003")],
            hikvision);
    }

    /// <summary>The hand-made N-PORT fixture's swap, its notional stated in CNY: the findings name the currency there and nowhere else.</summary>
    [Fact]
    public void A_derivative_s_notional_in_another_currency_than_the_fund_s_names_it_in_notional_currency()
    {
        var data = Path.Combine(_temp.Path, "cny", "q2");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet())) File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var swaps = Path.Combine(data, "NONFOREIGN_EXCHANGE_SWAP.tsv");
        var text = File.ReadAllText(swaps);
        Assert.Contains("\t900000.000000000000\tUSD\t", text, StringComparison.Ordinal);
        File.WriteAllText(swaps, text.Replace("\t900000.000000000000\tUSD\t", "\t900000.000000000000\tCNY\t", StringComparison.Ordinal));
        var folder = Path.Combine(_temp.Path, "cny", "out");
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(data, "q2")], RepoPaths.ReferenceData, folder, [.. ParquetFormat.Renderers()], "test")).Report;

        var findings = ReadBack(Path.Combine(folder, "findings.parquet"));
        var instruments = findings.Columns["instrument"].Cast<string?>().ToArray();
        var notionals = findings.Columns["notional"].Cast<decimal?>().ToArray();
        var currencies = findings.Columns["notional_currency"].Cast<string?>().ToArray();
        var swap = Assert.Single(Enumerable.Range(0, instruments.Length), i => instruments[i] == "derivative" && notionals[i] == 900_000m);
        Assert.Equal("CNY", currencies[swap]);
        Assert.All(currencies.Where((_, i) => i != swap), Assert.Null);
        Assert.Equal(report.Findings.Select(f => f.NotionalCurrency), currencies);
        Assert.Equal("USD", findings.Columns["currency"].Cast<string?>().ElementAt(swap));
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes()
    {
        var (_, a) = Run("a");
        var (_, b) = Run("b");
        foreach (var file in new[] { "findings.parquet", "unmatched.parquet", "excluded.parquet" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
    }

    [Fact]
    public void An_unknown_value_is_null_not_zero_or_empty_and_an_empty_table_still_has_its_columns()
    {
        var path = Path.Combine(_temp.Path, "t.parquet");
        using (var stream = File.Create(path))
            new ParquetTable<(string? Name, decimal? Value)>().Text("name", r => r.Name).Decimal("value", r => r.Value)
                .Write([("known", 1.5m), (null, null), ("", 0m)], stream, new Dictionary<string, string>());
        var t = ReadBack(path);
        Assert.Equal(new object?[] { "known", null, "" }, t.Columns["name"].Cast<object?>());
        Assert.Equal(new decimal?[] { 1.5m, null, 0m }, t.Columns["value"].Cast<decimal?>());

        var empty = Path.Combine(_temp.Path, "empty.parquet");
        using (var stream = File.Create(empty))
            new ParquetTable<(string? Name, decimal? Value)>().Text("name", r => r.Name).Write([], stream, new Dictionary<string, string>());
        var e = ReadBack(empty);
        Assert.Equal(["name"], e.Schema.GetDataFields().Select(f => f.Name));
    }

    /// <summary>Money with many places, large and negative: stored as the rounded decimal's digits without the point, and read back exactly.</summary>
    [Fact]
    public void Money_is_stored_as_the_decimal_times_ten_to_the_twelfth_and_read_back_exactly()
    {
        decimal?[] values =
        [
            0m, -0m, 1.5m, -1.5m, 0.01m, -0.01m, 69890000.00m, -123456789.123456789m, 1.0000000000005m, 1.0000000000015m, -2.9999999999995m,
            0.123456789012345678901234m, 12345678901234.123456789012m, -12345678901234.123456789012m, 99999999999999.999999999999m,
            7922816251426433759354395.0335m, -7922816251426433759354395.0335m, 1e-12m, -1e-12m, 4e-13m, null,
        ];
        var random = new Random(11);
        var all = values.Concat(Enumerable.Range(0, 2000).Select(_ => (decimal?)Math.Round((decimal)(random.NextDouble() - 0.5) * (decimal)Math.Pow(10, random.Next(1, 14)), random.Next(0, 20)))).ToList();
        foreach (var v in all.OfType<decimal>())
            Assert.Equal(BigInteger.Parse(Math.Round(v, 12).ToString("F12", CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture),
                (BigInteger)ParquetTable<int>.Unscaled(v));

        var path = Path.Combine(_temp.Path, "money.parquet");
        using (var stream = File.Create(path))
            new ParquetTable<decimal?>().Decimal("value", v => v).Write(all, stream, new Dictionary<string, string>());
        Assert.Equal(all.Select(v => v is { } d ? Math.Round(d, 12) : (decimal?)null), ReadBack(path).Columns["value"].Cast<decimal?>());
    }

    [Fact]
    public void Money_with_more_than_26_digits_before_the_point_is_refused_not_cut()
    {
        Assert.Equal(BigInteger.Parse("99999999999999999999999999" + "000000000000", CultureInfo.InvariantCulture), (BigInteger)ParquetTable<int>.Unscaled(99999999999999999999999999m));
        Assert.Throws<OverflowException>(() => ParquetTable<int>.Unscaled(100000000000000000000000000m));
        Assert.Throws<OverflowException>(() => ParquetTable<int>.Unscaled(decimal.MinValue));
    }

    /// <summary>A row group whose money is all unknown says so in its statistics, with no minimum or maximum (not 0 and 0).</summary>
    [Fact]
    public async Task A_money_column_with_no_known_value_claims_no_minimum_or_maximum()
    {
        var path = Path.Combine(_temp.Path, "unknown.parquet");
        using (var stream = File.Create(path))
            new ParquetTable<(decimal? Known, decimal? Unknown)>().Decimal("known", r => r.Known).Decimal("unknown", r => r.Unknown)
                .Write([(-2.5m, null), (7m, null)], stream, new Dictionary<string, string>());

        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file);
        using var group = reader.OpenRowGroupReader(0);
        var fields = reader.Schema.GetDataFields();
        var unknown = group.GetMetadata(fields[1])!.MetaData!.Statistics!;
        Assert.Equal(2, unknown.NullCount);
        Assert.Null(unknown.MinValue);
        Assert.Null(unknown.MaxValue);
        var known = group.GetMetadata(fields[0])!.MetaData!.Statistics!;
        Assert.Equal(0, known.NullCount);
        Assert.Equal(global::Parquet.Data.BigDecimal.FromDecimal(-2.5m, 38, 12).UnscaledValue, new System.Numerics.BigInteger(known.MinValue, isBigEndian: true));
        Assert.Equal(global::Parquet.Data.BigDecimal.FromDecimal(7m, 38, 12).UnscaledValue, new System.Numerics.BigInteger(known.MaxValue, isBigEndian: true));
    }

    [Fact]
    public async Task Rows_across_several_row_groups_come_back_in_order_with_hostile_text_and_unknown_values()
    {
        string[] pieces = ["\"", ",", "\n", "\r\n", " ", "'", "=", "+", "-", "@", "\t", "=HYPERLINK(\"x\")", "新疆", "a"];
        var random = new Random(5);
        var rows = new List<(string? Name, decimal? Value)>();
        for (var i = 0; i < 2 * ParquetTable<int>.RowGroupSize + 1; i++)
        {
            var name = i % 9 == 0 ? null : string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
            rows.Add((name, i % 7 == 0 ? null : Math.Round(new decimal(random.NextDouble() * 1e9) - 5e8m, random.Next(13))));
        }
        var path = Path.Combine(_temp.Path, "rows.parquet");
        using (var stream = File.Create(path))
            new ParquetTable<(string? Name, decimal? Value)>().Text("name", r => r.Name).Decimal("value", r => r.Value).Write(rows, stream, new Dictionary<string, string>());

        var t = ReadBack(path);
        Assert.Equal(rows.Select(r => (object?)r.Name), t.Columns["name"].Cast<object?>());
        Assert.Equal(rows.Select(r => r.Value), t.Columns["value"].Cast<decimal?>());
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal(3, reader.RowGroupCount);
    }

    [Fact]
    public void A_failure_while_the_rows_are_read_reaches_the_caller()
    {
        static IEnumerable<(string? Name, decimal? Value)> Rows()
        {
            for (var i = 0; i < ParquetTable<int>.RowGroupSize + 10; i++) yield return ("row", i);
            throw new InvalidDataException("the rows' file is damaged");
        }
        using var stream = new MemoryStream();
        var e = Assert.Throws<InvalidDataException>(() =>
            new ParquetTable<(string? Name, decimal? Value)>().Text("name", r => r.Name).Write(Rows(), stream, new Dictionary<string, string>()));
        Assert.Equal("the rows' file is damaged", e.Message);
    }

    [Fact]
    public void Without_the_runs_details_the_unmatched_file_is_refused_rather_than_written_empty()
    {
        var (report, _) = Run("a");
        Assert.Throws<InvalidOperationException>(() => ScreenedOutParquetRenderer.Unmatched.Render(report, new MemoryStream()));
    }

    /// <summary>pandas (with pyarrow or fastparquet) reads the files as an analyst would; skipped where neither engine is installed.</summary>
    [SkippableFact]
    public void Pandas_reads_the_findings()
    {
        const string python = "/usr/bin/python3";
        Skip.IfNot(File.Exists(python), $"{python} is not installed");
        var engine = new[] { "pyarrow", "fastparquet" }.FirstOrDefault(e => Python(python, $"import pandas, {e}").ExitCode == 0);
        Skip.If(engine is null, "pandas cannot read Parquet here: neither pyarrow nor fastparquet is installed for /usr/bin/python3");

        var (report, folder) = Run("a");
        var script = "import pandas, sys\n" +
                     "f = pandas.read_parquet(sys.argv[1])\n" +
                     "print(len(f), ','.join(f.columns), f['company_id'].iloc[0], int(f['line'].iloc[0]))\n";
        var result = Python(python, script, Path.Combine(folder, "findings.parquet"));
        Assert.True(result.ExitCode == 0, result.Error);
        var first = report.Findings[0];
        Assert.StartsWith($"{report.Findings.Count} fund_id,fund_name,fund_as_of,file,line,state,", result.Output.Trim());
        Assert.EndsWith($" {first.CompanyId} {first.Line}", result.Output.Trim());
    }

    private static (int ExitCode, string Output, string Error) Python(string python, string script, params string[] args) =>
        ExternalProgram.Run(python, ["-c", script, .. args]);
}
