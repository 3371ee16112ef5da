using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Csv;

/// <summary>
/// Two funds of one name from different registrants, in two quarters: funds.csv, matches.csv and the JSON tell them apart
/// by the fund's label, registrant, CIK and series id, appended after the columns that were there before.
/// </summary>
public sealed class FundIdentityCsvTests
{
    private static readonly string[] Identity = ["fund_label", "registrant", "cik", "series_id"];

    private static ExposureReport Run(string folder)
    {
        var dataSets = NportMarket.WriteSameNamed(Path.Combine(folder, "data"));
        return ExposureRun.Execute(new RunRequest(
            dataSets.Select(d => new HoldingsInput(d, Path.GetFileName(d))).ToList(), RepoPaths.ReferenceData, Path.Combine(folder, "out"),
            [new FundsCsvRenderer(), new MatchesCsvRenderer(), new ChangesCsvRenderer(), new JsonReportRenderer()], "test")).Report;
    }

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
    public void The_identity_columns_come_after_the_columns_as_they_were()
    {
        Assert.Equal(["fund_id", "fund_name", "as_of"], FundsCsvRenderer.Columns[..3]);
        // Every column added since is after the columns as they were, in the order added.
        var after = FundsCsvRenderer.Columns[FundsCsvRenderer.Columns.ToList().IndexOf("superseded_by_fund_id")..];
        Assert.Equal([
            "superseded_by_fund_id", .. Identity,
            "flagged_derivative_notionals_in_other_currency", "flagged_derivative_notionals_unknown", "no_later_report_in",
            "flagged_short_derivative_notional", "flagged_short_derivatives",
            "flagged_value_bound", "flagged_weight_bound", "related_value_bound",
            "weights_unreadable",
        ], after);
        Assert.Equal(Identity, MatchesCsvRenderer.Columns[^9..^5]);
        Assert.Equal(["fund_id", "fund_name", "file"], MatchesCsvRenderer.Columns[..3]);
        Assert.Equal("direction", MatchesCsvRenderer.Columns[^10]);
        Assert.Equal("notional_currency", MatchesCsvRenderer.Columns[^5]); // added after them
        Assert.Equal(["accession_number", "holding_id"], MatchesCsvRenderer.Columns[^4..^2]); // and then these
        Assert.Equal(["lists", "value_disagrees"], MatchesCsvRenderer.Columns[^2..]); // and then these
    }

    [Fact]
    public void Changes_csv_names_the_fund_of_each_change_by_its_label_in_a_last_column()
    {
        Assert.Equal(["fund_key", "fund_name", "registrant", "from_as_of", "to_as_of", "company_id", "company_name", "change", "value_before", "value_after"],
            ChangesCsvRenderer.Columns[..^1]);
        Assert.Equal("fund_label", ChangesCsvRenderer.Columns[^1]);

        using var temp = new TempFolder();
        var report = Run(temp.Path);
        var rows = Read(Path.Combine(temp.Path, "out", "changes.csv"), ChangesCsvRenderer.Columns);
        // Fund 0 of Example Trust 000 sold Hikvision; the other fund of its name (Example Trust 001) did not.
        Assert.Contains(("S900000000", NportMarket.SharedName, "hikvision", "exit", "Emerging Markets Fund (Example Trust 000)"),
            rows.Select(r => (r["fund_key"], r["fund_name"], r["company_id"], r["change"], r["fund_label"])));
        Assert.Equal(report.Market!.Changes.Select(c => report.FundLabel(c.FundId)), rows.Select(r => r["fund_label"]));
        Assert.DoesNotContain(rows, r => r["fund_label"] == NportMarket.SharedName);
    }

    [Fact]
    public void Funds_csv_names_each_funds_registrant_cik_and_series()
    {
        using var temp = new TempFolder();
        var report = Run(temp.Path);
        var rows = Read(Path.Combine(temp.Path, "out", "funds.csv"), FundsCsvRenderer.Columns)
            .Where(r => r["fund_name"] == NportMarket.SharedName)
            .Select(r => (r["as_of"], r["fund_label"], r["registrant"], r["cik"], r["series_id"]))
            .Order()
            .ToList();

        Assert.Equal(
            [("2026-04-30", "Emerging Markets Fund (Example Trust 000)", "Example Trust 000", "9800000", "S900000000"),
             ("2026-04-30", "Emerging Markets Fund (Example Trust 001)", "Example Trust 001", "9800001", "S900000003"),
             ("2026-07-31", "Emerging Markets Fund (Example Trust 000)", "Example Trust 000", "9800000", "S900000000"),
             ("2026-07-31", "Emerging Markets Fund (Example Trust 001)", "Example Trust 001", "9800001", "S900000003")],
            rows);
        // A fund whose name no other fund shares keeps its name as its label.
        var other = Read(Path.Combine(temp.Path, "out", "funds.csv"), FundsCsvRenderer.Columns).First(r => r["fund_name"] == "Example Fund 0001");
        Assert.Equal(("Example Fund 0001", "Example Trust 001", "9800001", "S900000001"), (other["fund_label"], other["registrant"], other["cik"], other["series_id"]));
        Assert.Equal(report.Funds.Count, Read(Path.Combine(temp.Path, "out", "funds.csv"), FundsCsvRenderer.Columns).Count);
    }

    [Fact]
    public void Matches_csv_tells_the_hikvision_holdings_of_the_two_same_named_funds_apart()
    {
        using var temp = new TempFolder();
        Run(temp.Path);
        var hikvision = Read(Path.Combine(temp.Path, "out", "matches.csv"), MatchesCsvRenderer.Columns)
            .Where(r => r["fund_name"] == NportMarket.SharedName && r["company_id"] == "hikvision")
            .Select(r => (r["file"], r["registrant"], r["cik"], r["series_id"], r["fund_label"]))
            .Order()
            .ToList();

        // In April both hold it; by July the fund of Example Trust 000 has sold it.
        Assert.Equal(
            [("q2/FUND_REPORTED_HOLDING.tsv", "Example Trust 000", "9800000", "S900000000", "Emerging Markets Fund (Example Trust 000)"),
             ("q2/FUND_REPORTED_HOLDING.tsv", "Example Trust 001", "9800001", "S900000003", "Emerging Markets Fund (Example Trust 001)"),
             ("q3/FUND_REPORTED_HOLDING.tsv", "Example Trust 001", "9800001", "S900000003", "Emerging Markets Fund (Example Trust 001)")],
            hikvision);
    }

    [Fact]
    public void The_json_gives_a_label_only_to_funds_whose_name_another_fund_shares_and_reads_it_back()
    {
        using var temp = new TempFolder();
        var report = Run(temp.Path);
        var path = Path.Combine(temp.Path, "out", "exposure-report.json");
        using (var json = JsonDocument.Parse(File.ReadAllText(path)))
        {
            var labels = json.RootElement.GetProperty("funds").EnumerateArray()
                .Select(f => (Name: f.GetProperty("name").GetString(), Label: f.TryGetProperty("label", out var l) ? l.GetString() : null))
                .ToList();
            Assert.All(labels.Where(f => f.Name == NportMarket.SharedName), f => Assert.StartsWith("Emerging Markets Fund (Example Trust 00", f.Label, StringComparison.Ordinal));
            Assert.All(labels.Where(f => f.Name != NportMarket.SharedName), f => Assert.Null(f.Label));
        }

        using var input = File.OpenRead(path);
        var back = JsonReportRenderer.Read(input);
        Assert.Equal(report.Funds.Select(f => f.DisplayName), back.Funds.Select(f => f.DisplayName));
    }
}
