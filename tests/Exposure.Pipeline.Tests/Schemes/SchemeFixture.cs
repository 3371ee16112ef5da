using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Schemes;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Schemes;

/// <summary>Small schemes of funds of funds built row by row, looked through with the work counted.</summary>
internal static class SchemeFixture
{
    /// <summary>The normaliser the scheme tests make their holdings with, on the bundled exchanges.</summary>
    public static readonly HoldingNormaliser Normaliser = new(BundledReference.Value.Exchanges);

    /// <summary>The run the scheme tests' report models are built for.</summary>
    public static readonly RunInfo Run = new("test", "v", Matcher.AlgorithmVersion, null, [], new(0, 0, 0, 0), 0.01m, null);

    /// <summary>A fund of the scheme, "Fund A" for id "a", its file "a.csv".</summary>
    public static PortfolioEntry Entry(string id, decimal? amount, string? isin = null, string manager = "M", string currency = "GBP") =>
        new(id, EntryKind.Fund, $"Fund {id.ToUpperInvariant()}", manager, [$"{id}.csv"], null, amount, currency, new FundIdentifiers(isin, null, null), 1);

    /// <summary>A holding in GBP read from a line of a fund's file; its value null where the file gives none; a derivative's direction and notional as the file states them.</summary>
    public static Holding Holding(string file, int line, string name, decimal? value, string? assetClass = null, string? direction = null, decimal? notional = null) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation(file, line), name, AssetClass: assetClass, Currency: "GBP", MarketValue: value,
            Direction: direction, Notional: notional));

    /// <summary>A match of a holding to a company of the bundled list.</summary>
    public static MatchResult Hit(string companyId) => new(MatchOutcome.Match, BundledReference.Value.Company(companyId), "test", 1, []);

    /// <summary>
    /// A row of a fund's file: a company on the list, another fund of the scheme, cash (excluded), or another company; its value
    /// null where the file gives none; with an asset class, direction and notional, a derivative on the company.
    /// </summary>
    public sealed record Row(string Name, decimal? Value, string? Company = null, string? Fund = null, bool Excluded = false,
        string? AssetClass = null, string? Direction = null, decimal? Notional = null);

    /// <summary>Each fund's file is "{id}.csv", its rows from line 2; the entries are in the order given, all on line 1.</summary>
    public static (PortfolioExposure Scheme, long Work) Compute(params (string Id, decimal? Amount, Row[] Rows)[] funds)
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var snapshots = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (id, _, rows) in funds)
        {
            var file = $"{id}.csv";
            var fund = builder.BeginFund(file, new FundMetadata($"Fund {id}", MetadataOrigin.Portfolio, new DateOnly(2026, 6, 30), MetadataOrigin.File, null, "test"));
            var line = 2;
            foreach (var r in rows)
            {
                var holding = Holding(file, line++, r.Name, r.Value, r.Excluded ? "Cash" : r.AssetClass, r.Direction, r.Notional);
                if (r.Fund is { } target) fund.LookedThrough(holding.Row, target);
                else if (r.Excluded) fund.Add(holding, RowState.Excluded);
                else if (r.Company is { } company) fund.Add(holding, RowState.Matched, Hit(company));
                else fund.Add(holding, RowState.Unmatched);
            }
            var result = fund.Complete();
            builder.Add(result);
            snapshots[id] = [result.Fund.Id];
        }
        var report = builder.Build(Run, 3);
        var entries = funds.Select(f => new PortfolioEntry(f.Id, EntryKind.Fund, $"Fund {f.Id.ToUpperInvariant()}", "M", [$"{f.Id}.csv"], null, f.Amount, "GBP", FundIdentifiers.None, 1)).ToList();
        var definition = new PortfolioDefinition("Scheme", "GBP", null, entries, "scheme.json");
        var scheme = LookThrough.Compute(definition, new FxRates("fx.csv", []), BundledReference.Value, report, snapshots, out var work);
        return (scheme, work);
    }

    /// <summary>
    /// <paramref name="levels"/> levels of two funds; each holds both funds of the next level (40 of 100 each) and ZTE
    /// (20); the last level holds ZTE (20) and another company (80). The two funds of level 1 have 1,000,000 each.
    /// </summary>
    public static (string Id, decimal? Amount, Row[] Rows)[] TwoWide(int levels) =>
        [.. Enumerable.Range(1, levels).SelectMany(level => "ab".Select(side => (
            $"f{level}{side}",
            level == 1 ? 1_000_000m : (decimal?)null,
            level < levels
                ? new Row[] { new($"FUND {level + 1}A", 40m, Fund: $"f{level + 1}a"), new($"FUND {level + 1}B", 40m, Fund: $"f{level + 1}b"), new("ZTE CORP", 20m, Company: "zte") }
                : [new("ZTE CORP", 20m, Company: "zte"), new("OTHER CO", 80m)])))];
}
