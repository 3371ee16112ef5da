using System.Globalization;
using CsvHelper;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Csv;

/// <summary>registrants.csv and changes.csv: every registrant and every entry and exit of a market, as the model has them, and only for a market.</summary>
public sealed class MarketCsvTests
{
    private static ExposureReport Run(string folder, params string[] dataSets) =>
        ExposureRun.Execute(new RunRequest(
            dataSets.Select(d => new HoldingsInput(d, Path.GetFileName(d))).ToList(), RepoPaths.ReferenceData, folder,
            [new RegistrantsCsvRenderer(), new ChangesCsvRenderer()], "test")).Report;

    private static List<Dictionary<string, string>> Read(string path, string[] columns)
    {
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        Assert.Equal(columns, reader.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(columns.ToDictionary(c => c, c => reader.GetField(c)!));
        }

        return rows;
    }

    [Fact]
    public void Every_registrant_and_every_entry_and_exit_of_two_quarters()
    {
        using var temp = new TempFolder();
        var report = Run(temp.Path, RepoPaths.NportDataSet(), RepoPaths.NportDataSet("nport-dataset-2026q3"));
        var market = report.Market!;

        var registrants = Read(Path.Combine(temp.Path, "registrants.csv"), RegistrantsCsvRenderer.Columns);
        Assert.Equal(market.Registrants.Count, registrants.Count);
        Assert.Equal(
            [("Illustrative Series Trust", "9990001", "2", "2", "2", "USD", 180_000_000m, 1_700_000m, 900_000m),
             ("Illustrative Unit Investment Trust", "9990002", "1", "1", "1", "USD", 40_500_000m, 205_000m, 0m)],
            registrants.Select(r => (r["registrant"], r["cik"], r["funds"], r["funds_holding_named"], r["companies_held"], r["currency"],
                decimal.Parse(r["net_assets"], CultureInfo.InvariantCulture), decimal.Parse(r["flagged_value"], CultureInfo.InvariantCulture),
                decimal.Parse(r["related_value"], CultureInfo.InvariantCulture))));

        var changes = Read(Path.Combine(temp.Path, "changes.csv"), ChangesCsvRenderer.Columns);
        Assert.Equal(
            // entry and exit, as the workbook's Fund changes sheet words them.
            [("S000999101", "2026-04-30", "2026-07-31", "zte", "entry", "", "1300000"),
             ("S000999101", "2026-04-30", "2026-07-31", "hikvision", "exit", "1093750", ""),
             ("S000999202", "2026-04-30", "2026-07-31", "hikvision", "entry", "", "205000")],
            changes.Select(c => (c["fund_key"], c["from_as_of"], c["to_as_of"], c["company_id"], c["change"], Whole(c["value_before"]), Whole(c["value_after"]))));
        Assert.Equal(market.Changes.Select(c => (c.FundName, c.Registrant, c.CompanyName)), changes.Select(c => (c["fund_name"], (string?)c["registrant"], c["company_name"])));
        Assert.Equal(2, market.Changes.Count(c => c.Change == HoldingChange.Added));
    }

    private static string Whole(string number) =>
        number.Length == 0 ? "" : decimal.Parse(number, CultureInfo.InvariantCulture).ToString("0", CultureInfo.InvariantCulture);

    [Fact]
    public void One_quarter_has_its_registrants_and_no_changes_to_list()
    {
        using var temp = new TempFolder();
        var report = Run(temp.Path, RepoPaths.NportDataSet());
        Assert.Equal(2, Read(Path.Combine(temp.Path, "registrants.csv"), RegistrantsCsvRenderer.Columns).Count);
        Assert.Empty(Read(Path.Combine(temp.Path, "changes.csv"), ChangesCsvRenderer.Columns));
        Assert.Null(report.Market!.Summary.Entries);
    }

    [Fact]
    public void Without_a_market_neither_file_is_written()
    {
        using var temp = new TempFolder();
        var report = Run(temp.Path, RepoPaths.IllustrativeHoldings);
        Assert.Null(report.Market);
        Assert.False(new RegistrantsCsvRenderer().Applies(report));
        Assert.False(new ChangesCsvRenderer().Applies(report));
        Assert.False(File.Exists(Path.Combine(temp.Path, "registrants.csv")));
        Assert.False(File.Exists(Path.Combine(temp.Path, "changes.csv")));
    }

    [Fact]
    public void A_registrant_s_name_that_looks_like_a_formula_stays_text()
    {
        using var temp = new TempFolder();
        var dataSet = Path.Combine(temp.Path, "data-set");
        Directory.CreateDirectory(dataSet);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet("nport-dataset-2026q3")))
        {
            File.WriteAllText(Path.Combine(dataSet, Path.GetFileName(file)),
                File.ReadAllText(file).Replace("Illustrative Unit Investment Trust", "=HYPERLINK(\"http://x\")", StringComparison.Ordinal));
        }

        Run(Path.Combine(temp.Path, "out"), dataSet);
        var text = File.ReadAllText(Path.Combine(temp.Path, "out", "registrants.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", text);
    }
}
