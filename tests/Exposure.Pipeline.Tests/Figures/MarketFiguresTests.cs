using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.Readers.Nport.DataSet;
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
            registrant, "CIK of " + registrant, series, $"acc-{series}-{asOf:yyyyMM}"));
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
            ("s1-2026-03-31-acc-s1-202603", false, "s1-2026-04-30-acc-s1-202604", "acc-S1-202604", (DateOnly?)new DateOnly(2026, 4, 30)),
            ("s1-2026-04-30-acc-s1-202604", true, null, null, null),
            // One filing given twice has one id; its second copy is numbered.
            ("s2-2026-04-30-acc-s2-202604", false, "s2-2026-04-30-acc-s2-202604-2", "acc-S2-202604", new DateOnly(2026, 4, 30)),
            ("s2-2026-04-30-acc-s2-202604-2", true, null, null, null),
            ("s3-2026-03-31-acc-s3-202603", true, null, null, null),
        ], report.Funds.Select(f => (f.Id, f.Counted, f.SupersededBy?.FundId, f.SupersededBy?.AccessionNumber, f.SupersededBy?.AsOf)));
        // The reports counted are the ones the figures add: 12 + 4 + 7.
        Assert.Equal(report.Funds.Where(f => f.Counted).Select(f => f.Id), MarketLayout.CountedFunds(report).Select(f => f.Id));
        Assert.Equal(23m, report.Summary.FlaggedValue);
        // S1's March report is an earlier report, the base of its entries and exits; S2's first April report is a repeat of the
        // same date, counted once: not an earlier report, and said so beside the figures.
        Assert.Equal(["s1-2026-03-31-acc-s1-202603"], report.Summary.EarlierReports!.FundIds);
        var repeat = Assert.Single(report.Summary.Warnings, w => w.Code == "same-report");
        Assert.StartsWith("1 report repeats a report of the same fund and date (2026-04-30): each fund's report of a date is counted once", repeat.Text);
        Assert.DoesNotContain("2026-04-30", Assert.Single(report.Summary.Warnings, w => w.Code == "earlier-reports").Text);
    }

    /// <summary>A filing's fund read from the data set <paramref name="dataSet"/>, as the data set reader describes it.</summary>
    private static void Filing(ExposureBuilder builder, string dataSet, string? series, string name, string cik, DateOnly asOf, DateOnly filed, string accession,
        string form = "NPORT-P", params (string Company, decimal Value)[] holdings)
    {
        var fund = builder.BeginFund($"{dataSet}/FUND_REPORTED_HOLDING.tsv", new FundMetadata(name, MetadataOrigin.File, asOf, MetadataOrigin.File, null,
            NportDataSetReader.Layout, "Trust " + cik, cik, series, accession, "FUND_REPORTED_HOLDING.tsv", FiledOn: filed, FormType: form));
        var line = 1;
        foreach (var (company, value) in holdings)
        {
            var holding = Normaliser.Normalise(new HoldingRow(new SourceLocation("FUND_REPORTED_HOLDING.tsv", line++), company, Currency: "USD", MarketValue: value));
            fund.Add(holding, RowState.Matched, new MatchResult(MatchOutcome.Match, BundledReference.Value.Company(company), "isin", 1, []));
        }
        fund.Add(Normaliser.Normalise(new HoldingRow(new SourceLocation("FUND_REPORTED_HOLDING.tsv", line), "OTHER CO", Currency: "USD", MarketValue: 1000m)), RowState.Unmatched);
        builder.Add(fund.Complete());
    }

    private static readonly DateOnly April = new(2026, 4, 30), July = new(2026, 7, 31);

    [Fact]
    public void Of_two_reports_of_one_fund_and_date_the_amendment_filed_later_counts_whatever_the_order_given()
    {
        ExposureReport Build(bool amendmentFirst)
        {
            var builder = new ExposureBuilder(BundledReference.Value);
            void Original() => Filing(builder, "q2", "S1", "Alpha", "100", April, new DateOnly(2026, 5, 20), "0000000100-26-000001", holdings: ("hikvision", 100m));
            void Amendment() => Filing(builder, "q3", "S1", "Alpha", "100", April, new DateOnly(2026, 7, 15), "0000000100-26-000009", "NPORT-P/A", ("zte", 5m));
            if (amendmentFirst) { Amendment(); Original(); }
            else { Original(); Amendment(); }
            Filing(builder, "q3", "S1", "Alpha", "100", July, new DateOnly(2026, 8, 20), "0000000100-26-000010", holdings: ("zte", 6m));
            return builder.Build(Run, 0);
        }

        foreach (var amendmentFirst in new[] { false, true })
        {
            var report = Build(amendmentFirst);
            var market = report.Market!;
            // The amendment replaces the April original: no exit of Hikvision between April and July, whatever the order.
            Assert.Empty(market.Changes);
            var fund = Assert.Single(market.Funds);
            Assert.Equal((2, 0, 0), (fund.Reports, fund.Entries!.Value, fund.Exits!.Value));
            var original = report.Funds.Single(f => f.AccessionNumber == "0000000100-26-000001");
            var amendment = report.Funds.Single(f => f.AccessionNumber == "0000000100-26-000009");
            Assert.Equal(amendment.Id, original.SupersededBy!.FundId);
            Assert.Equal("0000000100-26-000010", amendment.SupersededBy!.AccessionNumber);
            Assert.Equal([amendment.Id], report.Summary.EarlierReports!.FundIds);
            Assert.Contains(report.Summary.Warnings, w => w.Code == "same-report");
        }
    }

    [Fact]
    public void A_fund_with_no_report_in_the_latest_data_set_is_not_counted_and_its_holdings_are_an_exit_of_the_fund()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        // S1 stopped filing after April; S2 sold Hikvision by July; S3 first reports in July.
        Filing(builder, "q2", "S1", "Stopped", "100", April, new DateOnly(2026, 5, 20), "a1", holdings: ("hikvision", 100m));
        Filing(builder, "q2", "S2", "Seller", "100", April, new DateOnly(2026, 5, 20), "a2", holdings: ("hikvision", 250m));
        Filing(builder, "q3", "S2", "Seller", "100", July, new DateOnly(2026, 8, 20), "a3");
        Filing(builder, "q3", "S3", "Newcomer", "200", July, new DateOnly(2026, 8, 21), "a4", holdings: ("zte", 40m));
        var report = builder.Build(Run, 0);
        var market = report.Market!;

        // The later quarter's market: S2 and S3, not S1's April holdings.
        Assert.Equal((2, 4, 1, 1), (market.Summary.Funds, market.Summary.Reports, market.Summary.FundsWithoutLaterReport, market.Summary.FundsFirstReported));
        Assert.Equal(40m, market.Summary.FlaggedValue);
        Assert.Equal((2, 40m), (report.Summary.Funds, report.Summary.FlaggedValue));
        Assert.Equal(["zte"], market.Companies.Where(c => c.Funds > 0).Select(c => c.CompanyId));
        Assert.DoesNotContain(market.LargestHoldings, h => h.FundName == "Stopped");
        Assert.Equal([("CIK 200", 40m)], market.Registrants.Where(r => r.FlaggedValue > 0).Select(r => ("CIK " + r.Cik, r.FlaggedValue!.Value)));

        Assert.Equal(
            [("S3", MarketPresence.FirstReport, (int?)null), ("S2", MarketPresence.Reporting, 1), ("S1", MarketPresence.NoLaterReport, null)],
            market.Funds.Select(f => (f.FundKey, f.Presence, f.Exits)));
        // The sale is an exit between reports; the fund that stopped filing left with its holdings, and is no sale.
        Assert.Equal(
            [("S2", HoldingChange.Removed, MarketPresence.Reporting, (DateOnly?)July), ("S1", HoldingChange.Removed, MarketPresence.NoLaterReport, null)],
            market.Changes.Select(c => (c.FundKey, c.Change, c.Fund, c.ToAsOf)).OrderBy(c => c.Fund));
        Assert.Equal((1, 0), (market.Summary.Exits!.Value, market.Summary.Entries!.Value));
        Assert.Equal((0, 1), (market.Companies.Single(c => c.CompanyId == "hikvision").Funds, market.Companies.Single(c => c.CompanyId == "hikvision").Exits!.Value));

        var stopped = report.Funds.Single(f => f.SeriesId == "S1");
        Assert.Equal((false, "q3", (SupersedingReport?)null), (stopped.Counted, stopped.NoLaterReportIn, stopped.SupersededBy));
        Assert.DoesNotContain(stopped.Id, report.Summary.EarlierReports!.FundIds);
        var warning = Assert.Single(report.Summary.Warnings, w => w.Code == "no-later-report");
        Assert.StartsWith("1 fund has no report in the latest data set (q3): Stopped (Trust 100), last report 2026-04-30. It stopped filing or is not in that data set", warning.Text);
        // Four reports of three funds: the one that stopped filing is one of them, counted in neither figure.
        Assert.StartsWith("4 fund reports were screened, of 3 funds: the figures and totals count each fund once, by its latest report (1 fund with no report in the latest data set not at all). 1 earlier report",
            Assert.Single(report.Summary.Warnings, w => w.Code == "earlier-reports").Text);
    }

    [Fact]
    public void Without_a_series_id_a_fund_is_its_registrant_s_CIK_and_name_and_registrants_are_told_apart_by_CIK()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        // Two single-series trusts of one name, and two registrants of one name, each with its own CIK.
        void Fund(string name, string registrant, string cik, DateOnly asOf, string accession, decimal value)
        {
            var fund = builder.BeginFund("q2/FUND_REPORTED_HOLDING.tsv", new FundMetadata(name, MetadataOrigin.File, asOf, MetadataOrigin.File, null,
                NportDataSetReader.Layout, registrant, cik, null, accession, "FUND_REPORTED_HOLDING.tsv"));
            fund.Add(Normaliser.Normalise(new HoldingRow(new SourceLocation("FUND_REPORTED_HOLDING.tsv", 1), "HIKVISION", Currency: "USD", MarketValue: value)),
                RowState.Matched, new MatchResult(MatchOutcome.Match, BundledReference.Value.Company("hikvision"), "isin", 1, []));
            builder.Add(fund.Complete());
        }
        Fund("Pacific Fund", "Pacific Fund", "3000003", April, "p3", 300m);
        Fund("Pacific Fund", "Pacific Fund", "3000004", new DateOnly(2026, 3, 31), "p4", 400m);
        Fund("Asia Fund", "Capital Series Trust", "3000001", April, "c1", 10m);
        Fund("China Fund", "Capital Series Trust", "3000002", April, "c2", 20m);
        var report = builder.Build(Run, 0);
        var market = report.Market!;

        Assert.Equal(4, market.Funds.Count);
        Assert.Contains(market.Funds, f => f.FundKey == "CIK 3000004: Pacific Fund");
        Assert.All(report.Funds, f => Assert.True(f.Counted));
        Assert.Equal(730m, market.Summary.FlaggedValue);
        Assert.Equal(
            [("Pacific Fund", "3000004", 400m), ("Pacific Fund", "3000003", 300m), ("Capital Series Trust", "3000002", 20m), ("Capital Series Trust", "3000001", 10m)],
            market.Registrants.Select(r => (r.Registrant, r.Cik, r.FlaggedValue!.Value)));
        Assert.Equal((4, 4), (market.Companies.Single().Funds, market.Companies.Single().Registrants));
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

    [Fact]
    public void A_filing_s_report_has_the_id_of_its_series_date_and_accession_whatever_was_read_before_it()
    {
        FundMetadata Report(string name, string? series, string? cik, DateOnly asOf, string accession) =>
            new(name, MetadataOrigin.File, asOf, MetadataOrigin.File, 1_000m, "test", "Trust", cik, series, accession);
        var april = Report("Emerging Markets Fund", "S000000101", "2000001", new DateOnly(2026, 4, 30), "0002000001-26-000001");
        var other = Report("Emerging Markets Fund", "S000000102", "2000002", new DateOnly(2026, 4, 30), "0002000002-26-000001");
        var noSeries = Report("Emerging Markets Fund", null, "2000003", new DateOnly(2026, 4, 30), "0002000003-26-000001");

        string IdAfter(FundMetadata fund, params FundMetadata[] before)
        {
            var builder = new ExposureBuilder(BundledReference.Value);
            foreach (var b in before) builder.BeginFund("q2/nport/FUND_REPORTED_HOLDING.tsv", b);
            return builder.BeginFund("q3/nport/FUND_REPORTED_HOLDING.tsv", fund).Id;
        }

        Assert.Equal("s000000101-2026-04-30-0002000001-26-000001", IdAfter(april));
        Assert.Equal(IdAfter(april), IdAfter(april, other, noSeries));
        Assert.Equal(IdAfter(other), IdAfter(other, april));
        // Without a series id, by the registrant's CIK and the fund's name.
        Assert.Equal("cik-2000003-emerging-markets-fund-2026-04-30-0002000003-26-000001", IdAfter(noSeries, april, other));
        // An amendment of the same date is another report of the series, with an id of its own.
        Assert.Equal("s000000101-2026-04-30-0002000001-26-000009", IdAfter(april with { AccessionNumber = "0002000001-26-000009", FormType = "NPORT-P/A" }, april));
    }

    [Fact]
    public void A_filing_s_report_that_lists_no_holdings_has_a_note_saying_so()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        var empty = builder.BeginFund("data-set.zip", new FundMetadata("Closed Fund", MetadataOrigin.File, new DateOnly(2026, 4, 30), MetadataOrigin.File, 0m, "test",
            "Closed Trust", "9990007", "S000999701", "0009990007-26-000701", StatedNetAssetsCurrency: "USD"));
        builder.Add(empty.Complete());
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 4, 30), ("zte", 10m));
        var report = builder.Build(Run, 0);

        var note = Assert.Single(report.Summary.Warnings, w => w.Code == "no-holdings");
        Assert.Equal((empty.Id, "Closed Fund: The report of 2026-04-30 lists no holdings; the fund's net assets are as stated."), (note.FundId, note.Text));
        Assert.Equal(0m, report.Funds.Single(f => f.Id == empty.Id).FundValue);
    }

    [Fact]
    public void A_report_replaced_by_its_amendment_says_so_and_one_replaced_by_another_report_of_its_date_says_that()
    {
        var builder = new ExposureBuilder(BundledReference.Value);
        Fund(builder, "S1", "Trust One", new DateOnly(2026, 4, 30), ("zte", 10m));
        var original = builder.Build(Run, 0).Funds.Single();
        var amended = original with { SupersededBy = new SupersedingReport("a", "0001000001-26-000009", new DateOnly(2026, 4, 30), "NPORT-P/A", new DateOnly(2026, 7, 15)) };
        var refiled = original with { SupersededBy = new SupersedingReport("b", "0001000001-26-000005", new DateOnly(2026, 4, 30), "NPORT-P", new DateOnly(2026, 7, 15)) };
        var earlier = original with { SupersededBy = new SupersedingReport("c", "0001000001-26-000010", new DateOnly(2026, 7, 31), "NPORT-P/A", new DateOnly(2026, 8, 20)) };

        Assert.Equal("Not counted: replaced by its amendment (NPORT-P/A, accession 0001000001-26-000009, filed 2026-07-15)", amended.NotCounted);
        Assert.Equal("Not counted: replaced by another report of the same date (accession 0001000001-26-000005)", refiled.NotCounted);
        Assert.Equal("Earlier report, not counted: its fund counts by its report as of 2026-07-31 (accession 0001000001-26-000010)", earlier.NotCounted);
        Assert.Null(original.NotCounted);
    }

    [Fact]
    public void The_largest_holdings_give_each_fund_s_registrant_CIK_so_that_two_trusts_of_one_name_are_told_apart()
    {
        using var temp = new TempFolder();
        var data = NportFilings.SameNamedTrusts(Path.Combine(temp.Path, "q2"));
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(data, "q2")], RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test")).Report;

        var holdings = report.Market!.LargestHoldings;
        Assert.Equal(
            [(NportFilings.SharedFund, NportFilings.SharedTrust, "2000001", 300_000m), (NportFilings.SharedFund, NportFilings.SharedTrust, "2000002", 200_000m)],
            holdings.Select(h => (h.FundName, h.Registrant!, h.Cik!, h.Value!.Value)));
        // Each leads to its fund, which the reports name by its label, as everywhere else.
        Assert.Equal(
            [$"{NportFilings.SharedFund} ({NportFilings.SharedTrust}, CIK 2000001)", $"{NportFilings.SharedFund} ({NportFilings.SharedTrust}, CIK 2000002)"],
            holdings.Select(h => report.FundLabel(h.FundId)));
    }

    [Fact]
    public void A_fund_whose_only_position_in_a_company_is_a_swap_paying_its_return_does_not_hold_it_and_its_notional_is_short()
    {
        using var temp = new TempFolder();
        var data = Path.Combine(temp.Path, "q2");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet())) File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        // The swap as the form asks it written: payoff profile N/A (item C.3), the fund paying Hikvision's return ("Other")
        // and receiving a floating rate; the fund's shares and bonds of Hikvision gone.
        var holdings = Path.Combine(data, "FUND_REPORTED_HOLDING.tsv");
        File.WriteAllLines(holdings, File.ReadAllLines(holdings)
            .Where(l => !l.Contains("\t7000201\t", StringComparison.Ordinal) && !l.Contains("\t7000206\t", StringComparison.Ordinal) && !l.Contains("\t7000207\t", StringComparison.Ordinal))
            .Select(l => l.Contains("\t7000208\t", StringComparison.Ordinal) ? l.Replace("\tLong\t", "\tN/A\t", StringComparison.Ordinal) : l));
        var swaps = Path.Combine(data, "NONFOREIGN_EXCHANGE_SWAP.tsv");
        File.WriteAllText(swaps, File.ReadAllText(swaps).Replace("\tOther\t\t\t\tUSD\t\tFloating\t\tSOFR\t0.500000000000\tUSD\t",
            "\tFloating\t\tSOFR\t0.500000000000\tUSD\t\tOther\t\t\t\tUSD\t", StringComparison.Ordinal));

        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(data, "q2")], RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test")).Report;

        var swap = Assert.Single(report.Findings, f => f.CompanyId == "hikvision");
        Assert.Equal((RowState.Matched, "short, pays the reference's return"), (swap.State, swap.Direction));
        var market = report.Market!;
        Assert.Equal(0, market.Summary.FundsHoldingNamed);
        Assert.DoesNotContain(market.Companies, c => c.CompanyId == "hikvision");
        Assert.DoesNotContain(market.LargestHoldings, h => h.CompanyId == "hikvision");
        var fund = Assert.Single(report.Funds, f => f.Id == swap.FundId);
        Assert.Equal(0, fund.CompaniesFlagged);
        Assert.Equal((900_000m, 1, (decimal?)0m), (fund.FlaggedByInstrument!.ShortNotional, fund.FlaggedByInstrument.ShortDerivatives, fund.FlaggedByInstrument.DerivativeNotional));
    }

    /// <summary>The next quarter's fixture with <paramref name="change"/> applied to its holdings table.</summary>
    private static string NextQuarter(TempFolder temp, Func<List<string>, IEnumerable<string>> change)
    {
        var data = Path.Combine(temp.Path, "q3-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(RepoPaths.NportDataSet("nport-dataset-2026q3"))) File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var holdings = Path.Combine(data, "FUND_REPORTED_HOLDING.tsv");
        File.WriteAllLines(holdings, change(File.ReadAllLines(holdings).ToList()));
        return data;
    }

    private static ExposureReport TwoQuarters(TempFolder temp, string nextQuarter) =>
        ExposureRun.Execute(new RunRequest([new HoldingsInput(RepoPaths.NportDataSet(), "q2"), new HoldingsInput(nextQuarter, "q3")],
            RepoPaths.ReferenceData, Path.Combine(temp.Path, "out-" + Guid.NewGuid().ToString("N")), [], "test")).Report;

    [Theory]
    // A row of the fund's later report that awaits review names the company it left: it may hold it still.
    [InlineData("0009990001-26-000103\t7000604\tHIKVISION\tN/A\tHIKVISION\tN/A\t1000.000000000000\tNS\t\tCNY\t500000.000000000000\t7.15\t0.384615384615\tLong\tEC\t\tCORP\t\tCN\tN\t1\t", ChangeDoubt.AwaitingReview)]
    // A row of the fund's later report that could not be read (one field short) may be the company's.
    [InlineData("0009990001-26-000103\t7000604\tHangzhou Hikvision Digital Technology Co Ltd\tN/A", ChangeDoubt.NotCompared)]
    public void An_exit_the_later_report_may_not_bear_out_is_listed_with_its_doubt_and_not_counted(string row, ChangeDoubt doubt)
    {
        using var temp = new TempFolder();
        var report = TwoQuarters(temp, NextQuarter(temp, lines => lines.Take(3).Append(row).Concat(lines.Skip(3))));
        var market = report.Market!;

        var exit = Assert.Single(market.Changes, c => c.FundKey == "S000999101" && c.CompanyId == "hikvision");
        Assert.Equal((HoldingChange.Removed, doubt), (exit.Change, exit.Doubt));
        Assert.Equal(doubt == ChangeDoubt.AwaitingReview ? "awaiting-review" : "not-compared", Wording.Code(exit));
        // Not an exit anywhere it is counted: the summary, the fund, the company; said beside the counts instead.
        Assert.Equal((2, 0, 1), (market.Summary.Entries, market.Summary.Exits, market.Summary.ChangesInDoubt));
        Assert.Equal(0, market.Funds.Single(f => f.FundKey == "S000999101").Exits);
        Assert.Equal(0, market.Companies.Single(c => c.CompanyId == "hikvision").Exits);
        Assert.StartsWith(" A further 1 entry or exit is not counted", MarketWording.InDoubt(market.Summary), StringComparison.Ordinal);
    }

    [Fact]
    public void The_market_s_flagged_share_is_at_least_where_a_named_holding_s_value_is_unknown()
    {
        using var temp = new TempFolder();
        var unknown = NextQuarter(temp, lines => lines.Select(l => l.Contains("\t7000802\t", StringComparison.Ordinal)
            ? l.Replace("\t205000.000000000000\t", "\tN/A\t", StringComparison.Ordinal) : l));
        var report = TwoQuarters(temp, unknown);

        var s = report.Market!.Summary;
        Assert.Equal((1_700_000m, true), (s.FlaggedValue, s.FlaggedShareAtLeast));
        Assert.Equal("at least ", Wording.FlaggedShareAtLeast(report.Summary));
        Assert.Equal(s.FlaggedShare, report.Summary.FlaggedShare);

        var known = TwoQuarters(temp, NextQuarter(temp, lines => lines));
        Assert.False(known.Market!.Summary.FlaggedShareAtLeast);
        Assert.Equal("", Wording.FlaggedShareAtLeast(known.Summary));
    }

    [Fact]
    public void A_company_none_of_whose_holders_has_an_earlier_report_has_no_entries_or_exits_known()
    {
        using var temp = new TempFolder();
        var market = TwoQuarters(temp, NextQuarter(temp, lines => lines)).Market!;

        // Hon Hai is held only by the Greater China Fund, first reported in the later data set: it may just have bought it.
        var honHai = Assert.Single(market.Companies, c => c.Name.StartsWith("Hon Hai", StringComparison.Ordinal));
        Assert.Equal((1, (int?)null, (int?)null), (honHai.Funds, honHai.Entries, honHai.Exits));
        // ZTE is also held by the Asia Equity Fund, which has an earlier report: its entry is known.
        var zte = Assert.Single(market.Companies, c => c.CompanyId == "zte");
        Assert.Equal(((int?)1, (int?)0), (zte.Entries, zte.Exits));
    }
}
