using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>The market view of funds from filings: figures per registrant, entries and exits between a fund's reports.</summary>
public sealed class MarketFiguresTests
{
    private static readonly HoldingNormaliser Normaliser = new(BundledReference.Value.Exchanges);
    private static readonly RunInfo Run = new("test", "v", Matcher.AlgorithmVersion, null, [], new(0, 0, 0, 0), 0.01m, null);

    private static void Fund(ExposureBuilder builder, string series, string registrant, DateOnly asOf, params (string Company, decimal Value)[] holdings)
    {
        var fund = builder.BeginFund("data-set.zip", new FundMetadata($"Fund {series}", MetadataOrigin.File, asOf, MetadataOrigin.File, null, "test",
            registrant, "123", series, $"acc-{series}-{asOf:yyyyMM}"));
        var line = 1;
        foreach (var (company, value) in holdings)
        {
            var holding = Normaliser.Normalise(new HoldingRow(new SourceLocation("FUND_REPORTED_HOLDING.tsv", line++), company, Currency: "USD", MarketValue: value));
            fund.Add(holding, RowState.Matched, new MatchResult(MatchOutcome.Match, BundledReference.Value.Company(company), "isin", 1, []));
        }
        fund.Add(Normaliser.Normalise(new HoldingRow(new SourceLocation("FUND_REPORTED_HOLDING.tsv", line), "OTHER CO", Currency: "USD", MarketValue: 1000m)), RowState.Unmatched);
        builder.Add(fund.Complete());
    }

    [Fact]
    public void Entries_and_exits_between_a_funds_reports_are_listed()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 3, 31), ("zte", 10m), ("hikvision", 20m));
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 4, 30), ("hikvision", 25m), ("longi", 5m));
        Fund(builder, "S2", "Trust One", new DateOnly(2026, 4, 30));
        Fund(builder, "S3", "Trust Two", new DateOnly(2026, 4, 30), ("zte", 7m));
        var market = builder.Build(Run, 0).Market;

        Assert.NotNull(market);
        Assert.Equal(
            [("S1", "longi", HoldingChange.Added, (decimal?)null, (decimal?)5m), ("S1", "zte", HoldingChange.Removed, 10m, null)],
            market.Changes.Select(c => (c.FundKey, c.CompanyId, c.Change, c.ValueBefore, c.ValueAfter)));
        Assert.All(market.Changes, c => Assert.Equal((new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30)), (c.FromAsOf!.Value, c.ToAsOf!.Value)));

        var one = Assert.Single(market.Registrants, r => r.Registrant == "Trust One");
        Assert.Equal((2, 1, 2), (one.Funds, one.FundsHoldingNamed, one.CompaniesHeld));
        Assert.Equal(30m, one.FlaggedValue); // the latest report of S1 only: 25 + 5
        Assert.Equal("Trust One", market.Registrants[0].Registrant);
        Assert.Equal(7m, market.Registrants[1].FlaggedValue);
    }

    [Fact]
    public void Funds_that_are_not_from_filings_have_no_market_view()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var fund = builder.BeginFund("f.csv", new FundMetadata("Fund", MetadataOrigin.File, null, MetadataOrigin.Unknown, null, "test"));
        builder.Add(fund.Complete());
        Assert.Null(builder.Build(Run, 0).Market);
    }
}
