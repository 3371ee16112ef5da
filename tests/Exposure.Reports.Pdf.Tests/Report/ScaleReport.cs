using System.Globalization;
using System.Text;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Pipeline.Schemes;
using Exposure.TestSupport;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// Large report models from the real pipeline, for checking the PDF at scale: the bundled illustrative holdings made into
/// many funds (each keeps a different subset of the rows, at a different size, under a name of its own, some of them
/// long), screened against the bundled list. As a scheme, the funds get managers, amounts in three currencies, two
/// snapshots for every tenth fund, index mandates and holdings without a file.
/// </summary>
internal static class ScaleReport
{
    private static readonly string[] Managers =
    [
        "Northbridge Asset Management", "Meridian Index Partners", "Harbourside Capital", "Atlas Global Investors",
        "Kestrel Fund Management", "Lindqvist & Sons Kapitalförvaltning", "Pacific Rim Advisers", "Cedar Street Investments",
        "Blue Lantern Asset Management (Europe) S.A.", "Orchard Hill Partners", "Silvergate Pension Investment Services",
        "Tamarind Emerging Markets Limited",
    ];

    private static readonly string[] Styles =
    [
        "Emerging Markets Equity", "Asia ex-Japan Equity", "Global Equity Index", "China A-Share Opportunities",
        "Sustainable Emerging Markets Leaders", "All Country World ex-UK Equity Tracker", "Pacific Basin Dividend",
        "Emerging Markets Small Cap", "Global Multi-Factor Equity", "Greater China Growth",
    ];

    /// <summary>A report of <paramref name="funds"/> funds; with <paramref name="scheme"/>, looked through as one scheme.</summary>
    public static ExposureReport Build(int funds, bool scheme)
    {
        using var temp = new TempFolder();
        var source = File.ReadAllLines(RepoPaths.IllustrativeHoldings);
        var header = Array.FindIndex(source, l => l.StartsWith("Ticker,", StringComparison.Ordinal));
        var rows = source.Skip(header + 1).TakeWhile(l => l.StartsWith('"') && l.Length > 40).ToList();
        var inputs = new List<HoldingsInput>();
        var entries = new StringBuilder();
        for (var i = 0; i < funds; i++)
        {
            var name = FundName(i);
            var asOf = new DateOnly(2026, 9, 30).AddDays(-7 * (i % 5));
            var files = new List<string>();
            if (scheme && i % 10 == 3)
            {
                files.Add(temp.File($"fund-{i:000}-early.csv", Holdings(name, asOf.AddMonths(-3), rows, source[header], i + 1000, withRejected: false)));
            }

            files.Add(temp.File($"fund-{i:000}.csv", Holdings(name, asOf, rows, source[header], i, withRejected: i % 10 == 0)));
            if (!scheme)
            {
                inputs.Add(new HoldingsInput(files[^1], Path.GetFileName(files[^1])));
                continue;
            }

            var currency = (i % 3) switch { 0 => "GBP", 1 => "USD", _ => "EUR" };
            var amount = 1_000_000m + Hash(i, 7) % 40 * 250_000m;
            var withFiles = i % 25 == 7 ? "" : $"\"files\": [{string.Join(", ", files.Select(f => Json(Path.GetFileName(f))))}], ";
            entries.Append(entries.Length == 0 ? "" : ",\n").Append(CultureInfo.InvariantCulture,
                $"{{ \"id\": \"fund-{i:000}\", \"kind\": \"fund\", \"name\": {Json(name)}, \"manager\": {Json(Managers[i % Managers.Length])}, " +
                $"{withFiles}\"amount\": {amount}, \"currency\": \"{currency}\" }}");
        }

        if (!scheme)
        {
            return Run(inputs, temp.Path, null);
        }

        temp.File("fx-rates.csv", "from,to,rate\nUSD,GBP,0.79\nEUR,GBP,0.86\n");
        var portfolio = temp.File("scheme.json",
            $"{{ \"title\": \"Scale Test Pension Scheme ({funds} funds, ILLUSTRATIVE DATA)\", \"reportCurrency\": \"GBP\", \"asOf\": \"2026-09-30\", " +
            $"\"fxRates\": \"fx-rates.csv\", \"holdings\": [\n{entries}\n] }}");
        var plan = PortfolioPlan.Load(portfolio, "scheme.json");
        return Run(plan.Inputs(), temp.Path, plan);
    }

    private static ExposureReport Run(IReadOnlyList<HoldingsInput> holdings, string folder, PortfolioPlan? plan)
    {
        var output = Path.Combine(folder, "out");
        return ExposureRun.Execute(new RunRequest(holdings, RepoPaths.ReferenceData, output, [], "test",
            IllustrativeNote: "Illustrative data: many made-up funds built from the bundled holdings file to test the report at scale.",
            Portfolio: plan)).Report;
    }

    private static string FundName(int i)
    {
        var style = Styles[i % Styles.Length];
        var manager = Managers[(i / 3) % Managers.Length].Split(' ')[0];
        return (i % 7) switch
        {
            0 => $"{manager} {style} Fund {i + 1}",
            3 => $"{manager} {style} Fund {i + 1} — Institutional Accumulating Share Class (Hedged to Sterling), Sub-Fund of {manager} Global Umbrella ICAV",
            _ => $"{manager} {style} {i + 1}",
        };
    }

    /// <summary>An iShares-style file: a different subset of the rows for each seed, values scaled, weights recomputed.</summary>
    private static string Holdings(string name, DateOnly asOf, List<string> rows, string header, int seed, bool withRejected)
    {
        var scale = 0.2m + Hash(seed, 1) % 500 / 10m;
        var kept = new List<(string[] Fields, decimal Value)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var fields = Split(rows[r]);
            var unreadable = !decimal.TryParse(fields[4], NumberStyles.Number, CultureInfo.InvariantCulture, out var value);
            if (unreadable ? !withRejected : r > 0 && Hash(seed, r) % 4 == 0)
            {
                continue;
            }

            kept.Add((fields, unreadable ? -1 : Math.Round(value * scale * (0.5m + Hash(seed, r + 100) % 100 / 100m), 2)));
        }

        var total = kept.Where(k => k.Value >= 0).Sum(k => k.Value);
        var text = new StringBuilder()
            .Append(Quote(name)).Append('\n')
            .Append("Fund Holdings as of,\"").Append(asOf.ToString("MMM dd, yyyy", CultureInfo.InvariantCulture)).Append("\"\n")
            .Append("Net Assets,\"").Append(total.ToString("#,0.00", CultureInfo.InvariantCulture)).Append("\"\n")
            .Append("\u00a0\n")
            .Append(header).Append('\n');
        foreach (var (fields, value) in kept)
        {
            if (value >= 0)
            {
                fields[4] = fields[6] = value.ToString("#,0.00", CultureInfo.InvariantCulture);
                fields[5] = (value / total * 100).ToString("0.00", CultureInfo.InvariantCulture);
            }

            text.Append(string.Join(',', fields.Select(Quote))).Append('\n');
        }

        return text.ToString();
    }

    private static uint Hash(int a, int b)
    {
        var h = (uint)(a * 73856093) ^ (uint)(b * 19349663) ^ 0x9E3779B9u;
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        h *= 0x846CA68Bu;
        return h ^ (h >> 16);
    }

    private static string[] Split(string line) =>
        line.Split("\",\"").Select(f => f.Trim('"')).ToArray();

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
