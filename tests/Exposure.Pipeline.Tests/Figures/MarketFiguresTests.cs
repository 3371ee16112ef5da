using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>The market view of funds from filings: figures per registrant, entries and exits between a fund's reports.</summary>
public sealed class MarketFiguresTests
{
    private static readonly HoldingNormaliser Normaliser = new(BundledReference.Value.Exchanges);
    private static readonly RunInfo Run = new("test", "v", Matcher.AlgorithmVersion, null, [], new(0, 0, 0, 0), 0.01m, null);

    private static void Fund(ExposureBuilder builder, string series, string registrant, DateOnly asOf, params (string Company, decimal Value)[] holdings) =>
        Fund(builder, series, registrant, asOf, "USD", holdings.Select(h => (h.Company, (decimal?)h.Value)).ToArray());

    private static void Fund(ExposureBuilder builder, string series, string registrant, DateOnly asOf, string currency, params (string Company, decimal? Value)[] holdings)
    {
        var fund = builder.BeginFund("data-set.zip", new FundMetadata($"Fund {series}", MetadataOrigin.File, asOf, MetadataOrigin.File, null, "test",
            registrant, "123", series, $"acc-{series}-{asOf:yyyyMM}"));
        var line = 1;
        foreach (var (company, value) in holdings)
        {
            var holding = Normaliser.Normalise(new HoldingRow(new SourceLocation("FUND_REPORTED_HOLDING.tsv", line++), company, Currency: currency, MarketValue: value));
            var listed = BundledReference.Value.Company(company);
            fund.Add(holding, listed.Basis == Basis.Named ? RowState.Matched : RowState.Related, new MatchResult(MatchOutcome.Match, listed, "isin", 1, []));
        }
        fund.Add(Normaliser.Normalise(new HoldingRow(new SourceLocation("FUND_REPORTED_HOLDING.tsv", line), "OTHER CO", Currency: currency, MarketValue: 1000m)), RowState.Unmatched);
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
    public void The_market_s_figures_are_over_each_fund_s_latest_report()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 3, 31), ("zte", 10m), ("hikvision", 20m));
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 4, 30), ("hikvision", 25m), ("hon-hai", 5m));
        Fund(builder, "S2", "Trust One", new DateOnly(2026, 4, 30), ("hikvision", 3m));
        Fund(builder, "S3", "Trust Two", new DateOnly(2026, 4, 30), ("zte", 7m));
        var report = builder.Build(Run, 0);
        var market = report.Market!;
        var s = market.Summary;

        Assert.Equal((3, 4, 2), (s.Funds, s.Reports, s.Registrants));
        Assert.Equal((3, 1, 2), (s.FundsHoldingNamed, s.FundsHoldingRelated, s.RegistrantsFilingNamed));
        Assert.Equal((2, 1), (s.CompaniesNamed, s.CompaniesRelated)); // hikvision, zte; hon-hai is a parent of a named company
        Assert.Equal("USD", s.Currency);
        Assert.Equal(25m + 3m + 7m, s.FlaggedValue); // not the earlier report's 30
        Assert.Equal(5m, s.RelatedValue);
        Assert.Equal(25m + 5m + 1000m + 3m + 1000m + 7m + 1000m, s.NetAssets);
        Assert.Equal(s.FlaggedValue / s.NetAssets, s.FlaggedShare);
        Assert.Equal((new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30)), (s.FirstAsOf!.Value, s.LatestAsOf!.Value));
        Assert.Equal((1, 1, 1), (s.FundsCompared, s.Entries!.Value, s.Exits!.Value));

        // Each fund once, by its latest report, largest flagged value first; a fund with one report has no entries or exits to count.
        Assert.Equal(["S1", "S3", "S2"], market.Funds.Select(f => f.FundKey));
        var s1 = market.Funds[0];
        Assert.Equal((2, 1, 1), (s1.Reports, s1.Entries!.Value, s1.Exits!.Value));
        Assert.Equal(report.Funds.Single(f => f.SeriesId == "S1" && f.AsOf == new DateOnly(2026, 4, 30)).Id, s1.LatestFundId);
        Assert.All(market.Funds.Skip(1), f => Assert.Equal((1, (int?)null, (int?)null), (f.Reports, f.Entries, f.Exits)));

        // Companies by funds holding them in their latest reports, then by value; zte is held by S3 only now, and S1 left it.
        Assert.Equal(
            [("hikvision", 2, 1, (decimal?)28m, 0, 0), ("zte", 1, 1, 7m, 0, 1), ("hon-hai", 1, 1, 5m, 1, 0)],
            market.Companies.Select(c => (c.CompanyId, c.Funds, c.Registrants, c.Value, c.Entries!.Value, c.Exits!.Value)));
        Assert.Equal(Basis.ParentOfNamed, market.Companies.Single(c => c.CompanyId == "hon-hai").Basis);
        Assert.Equal(["hikvision", "zte", "hon-hai"], MarketLayout.CompaniesByValue(market).Select(c => c.CompanyId));

        // The largest holdings of the latest reports, by value.
        Assert.Equal(
            [("Fund S1", "hikvision", (decimal?)25m, RowState.Matched), ("Fund S3", "zte", 7m, RowState.Matched), ("Fund S1", "hon-hai", 5m, RowState.Related), ("Fund S2", "hikvision", 3m, RowState.Matched)],
            market.LargestHoldings.Select(h => (h.FundName, h.CompanyId, h.Value, h.State)));
        Assert.Equal(25m / (25m + 5m + 1000m), market.LargestHoldings[0].Weight);
    }

    [Fact]
    public void Without_two_reports_of_a_fund_entries_and_exits_are_not_known()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 4, 30), ("zte", 10m));
        Fund(builder, "S2", "Trust Two", new DateOnly(2026, 4, 30), ("zte", 5m));
        var market = builder.Build(Run, 0).Market!;

        Assert.Equal(0, market.Summary.FundsCompared);
        Assert.Null(market.Summary.Entries);
        Assert.Null(market.Summary.Exits);
        Assert.Empty(market.Changes);
        Assert.All(market.Companies, c => Assert.Equal(((int?)null, (int?)null), (c.Entries, c.Exits)));
    }

    [Fact]
    public void Two_reports_of_a_fund_of_one_date_count_once_the_one_given_last()
    {
        // The same quarter given twice, or an amendment in a later quarter's data set: no change between them.
        var builder = new ExposureBuilder(BundledReference.Value);
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 4, 30), ("zte", 10m));
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 4, 30), ("zte", 12m), ("hikvision", 4m));
        var report = builder.Build(Run, 0);
        var market = report.Market!;

        Assert.Empty(market.Changes);
        var fund = Assert.Single(market.Funds);
        Assert.Equal((1, report.Funds[1].Id), (fund.Reports, fund.LatestFundId));
        Assert.Equal(16m, market.Summary.FlaggedValue);
        Assert.Equal((1, 2), (market.Summary.Funds, market.Summary.Reports));
    }

    [Fact]
    public void Money_in_different_currencies_or_not_known_is_not_summed()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 4, 30), "USD", ("zte", 10m));
        Fund(builder, "S2", "Trust One", new DateOnly(2026, 4, 30), "EUR", ("zte", 5m));
        Fund(builder, "S3", "Trust Two", new DateOnly(2026, 4, 30), "USD", ("hikvision", null));
        var market = builder.Build(Run, 0).Market!;

        Assert.Null(market.Summary.Currency);
        Assert.Null(market.Summary.FlaggedValue);
        Assert.Null(market.Summary.NetAssets);
        Assert.Null(market.Summary.FlaggedShare);
        var one = market.Registrants.Single(r => r.Registrant == "Trust One");
        Assert.Equal(((string?)null, (decimal?)null), (one.Currency, one.FlaggedValue));
        var zte = market.Companies.Single(c => c.CompanyId == "zte");
        Assert.Equal((2, (string?)null, (decimal?)null), (zte.Funds, zte.Currency, zte.Value));
        var hikvision = market.Companies.Single(c => c.CompanyId == "hikvision");
        Assert.Equal(("USD", (decimal?)null), (hikvision.Currency, hikvision.Value));
        Assert.Null(market.LargestHoldings.Single(h => h.CompanyId == "hikvision").Value);
        Assert.Equal("hikvision", MarketLayout.CompaniesByValue(market)[^1].CompanyId); // not known: last
    }

    [Fact]
    public void Funds_that_are_not_from_filings_have_no_market_view()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var fund = builder.BeginFund("f.csv", new FundMetadata("Fund", MetadataOrigin.File, null, MetadataOrigin.Unknown, null, "test"));
        builder.Add(fund.Complete());
        Assert.Null(builder.Build(Run, 0).Market);
    }

    [Fact]
    public void Each_earlier_report_names_the_report_counted_in_its_place()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 3, 31), ("zte", 10m));
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 4, 30), ("zte", 12m));
        // S2's April report given twice (an amendment in a later data set): the one given last counts.
        Fund(builder, "S2", "Trust One", new DateOnly(2026, 4, 30), ("hikvision", 3m));
        Fund(builder, "S2", "Trust One", new DateOnly(2026, 4, 30), ("hikvision", 4m));
        Fund(builder, "S3", "Trust Two", new DateOnly(2026, 3, 31), ("zte", 7m));
        var report = builder.Build(Run, 0);

        Assert.Equal(
        [
            ("fund-s1", false, "fund-s1-2", "acc-S1-202604", (DateOnly?)new DateOnly(2026, 4, 30)),
            ("fund-s1-2", true, null, null, null),
            ("fund-s2", false, "fund-s2-2", "acc-S2-202604", new DateOnly(2026, 4, 30)),
            ("fund-s2-2", true, null, null, null),
            ("fund-s3", true, null, null, null),
        ], report.Funds.Select(f => (f.Id, f.Counted, f.SupersededBy?.FundId, f.SupersededBy?.AccessionNumber, f.SupersededBy?.AsOf)));
        // The reports counted are the ones the figures add: 12 + 4 + 7.
        Assert.Equal(report.Funds.Where(f => f.Counted).Select(f => f.Id), MarketLayout.CountedFunds(report).Select(f => f.Id));
        Assert.Equal(23m, report.Summary.FlaggedValue);
        Assert.Equal(report.Funds.Where(f => !f.Counted).Select(f => f.Id), report.Summary.EarlierReports!.FundIds);
    }

    [Fact]
    public void Outside_a_market_every_fund_is_counted()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        foreach (var name in new[] { "Fund", "Fund" })
        {
            var fund = builder.BeginFund("f.csv", new FundMetadata(name, MetadataOrigin.File, new DateOnly(2026, 4, 30), MetadataOrigin.File, null, "test"));
            builder.Add(fund.Complete());
        }
        var report = builder.Build(Run, 0);
        Assert.Equal([("fund", true), ("fund-2", true)], report.Funds.Select(f => (f.Id, f.Counted)));
        Assert.All(report.Funds, f => Assert.Null(f.SupersededBy));
    }
}
