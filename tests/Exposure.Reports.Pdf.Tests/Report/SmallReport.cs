using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Core.Review;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// A small report model written out by hand: two funds in different currencies (so no totals across funds), three
/// companies (one named with a Chinese name, one parent of a named entity, one whose native name no font can draw),
/// matched, related and needs-review findings, and a rejected line.
/// </summary>
internal static class SmallReport
{
    public const string UyghurName = "ئۇيغۇر سىناق شىركىتى";

    public static ExposureReport Build(string? currencyOfSecondFund = "EUR")
    {
        var lines1 = new StateCounts(6, 1, 1, 3, 1, 1, 0);
        var lines2 = new StateCounts(4, 0, 0, 2, 1, 0, 1);
        var alpha = new FundExposure(
            "alpha-fund", "Alpha Emerging Markets Fund", MetadataOrigin.File, new DateOnly(2024, 3, 28), MetadataOrigin.File, "USD",
            "alpha.csv", "iShares holdings download", 12_345_678.9m, FundValueBasis.StatedNetAssets, 12_345_678.9m, 12_000_000m, 100_000m,
            250_000m, 0.0202500002m, 400_000m, 0.0324000004m, 0m, 0m, 1, lines1, 6,
            [new CategoryExposure("surveillance", 250_000m, 0.0202500002m, 1), new CategoryExposure("forced-labour", 250_000m, 0.0202500002m, 1)],
            new WeightCheck(6, 0, 0.004m, 0.01m), 11_900_000m, [], UnknownValues.None);
        var beta = new FundExposure(
            "beta-fund", "Beta Asia Fund", MetadataOrigin.FileName, null, MetadataOrigin.Unknown, currencyOfSecondFund,
            "beta.csv", "plain CSV", 2_000_000m, FundValueBasis.SumOfRows, null, 2_000_000m, 0m,
            75_000m, 0.0375m, 0m, 0m, 30_000m, 0.015m, 1, lines2, 4,
            [new CategoryExposure("forced-labour", 75_000m, 0.0375m, 1)],
            new WeightCheck(0, 0, 0m, 0.01m), 2_000_000m, [], UnknownValues.None);

        var hikvision = new CompanyExposure(
            "hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd.", "杭州海康威视数字技术股份有限公司", "CN", Basis.Named,
            "Named by 2 lists or reports", ["XSHE:002415"], ["Shenzhen Stock Exchange 002415"], ["forced-labour", "surveillance"],
            "entity-list designation covers the parent; check the listing date",
            [],
            [
                new AllegationView("T1", "Hikvision", SubjectRelation.Self, "surveillance", "US Entity List", "2019-10-09",
                    "Added to the Entity List over alleged involvement in surveillance in Xinjiang.",
                    "https://example.org/entity-list/2019-10-09/hikvision-and-others-added-over-xinjiang", "Entity List additions", "Example Federal Register"),
                new AllegationView("T2", "海康威视 Hikvision", SubjectRelation.Self, "forced-labour", "Example report (2022)", null,
                    "Named among companies alleged to have supplied surveillance systems to internment camps.",
                    "https://example.org/reports/2022/camps", "Camps report", "Example Institute"),
            ],
            [new CompanyHolding("alpha-fund", "Alpha Emerging Markets Fund", "USD", 250_000m, 0.0202500002m, 1)],
            null,
            []);
        var parent = new CompanyExposure(
            "parent-co", "Parent Precision Industry Co., Ltd.", null, "TW", Basis.ParentOfNamed,
            "Not named itself; parent of named entities: Parent Technologies", ["XTAI:9999"], ["Taiwan Stock Exchange 9999"], ["labour-transfer"],
            "only a branded unit is named; the parent is not named itself",
            [new RelatedCompany("child-co", "Child Technologies Co., Ltd.", Basis.Named, "subsidiary of Parent Precision Industry Co., Ltd.",
                [new LinkSource("Annual report 2023", "Parent Precision Industry", "https://example.org/parent/annual-report-2023.pdf", "2024-03-15", "listed as a consolidated subsidiary")])],
            [
                new AllegationView("T3", "Parent Technologies", SubjectRelation.Subsidiary, "labour-transfer", "Example coalition statement (2022)", "2022-11-21",
                    "Listed a unit of this group among companies alleged to use labour transfers; the parent is not named.",
                    "https://example.org/statements/2022/transfers?id=42&lang=en", "Statement", "Example Coalition"),
            ],
            [new CompanyHolding("alpha-fund", "Alpha Emerging Markets Fund", "USD", 400_000m, 0.0324000004m, 1)],
            null,
            []);
        var uyghurScript = new CompanyExposure(
            "script-co", "Script Test Trading Co., Ltd.", UyghurName, "CN", Basis.Named,
            "Named by 1 list or report", ["XSHG:600000"], ["Shanghai Stock Exchange 600000"], ["forced-labour"], "fictitious company for testing the name fallback",
            [],
            [
                new AllegationView("T4", "Script Test Trading", SubjectRelation.Self, "forced-labour", "UFLPA Entity List", "2024-01-01",
                    "Fictitious entry.", "https://example.org/uflpa/script-test", "UFLPA list", "Example Agency"),
            ],
            [new CompanyHolding("beta-fund", "Beta Asia Fund", currencyOfSecondFund, 75_000m, 0.0375m, 1)],
            null,
            []);

        Evidence[] evidence =
        [
            new("ticker+exchange", "002415 on XSHE", "XSHE:002415", 0.9, "listed code of Hangzhou Hikvision Digital Technology Co., Ltd."),
            new("name-agreement", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY LTD A", "Hangzhou Hikvision Digital Technology Co., Ltd.", 1, "equal after normalisation"),
        ];
        var findings = new List<HoldingFinding>
        {
            new("alpha-fund", "alpha.csv", 9, RowState.Matched, "HANGZHOU HIKVISION DIGITAL TECHNOLOGY LTD A", "002415", "Shenzhen Stock Exchange", "XSHE", "002415", null, "HANGZHOU HIKVISION DIGITAL TECHNOLOGY",
                250_000m, 0.0202500002m, "hikvision", hikvision.NameEn, Basis.Named, "ticker+exchange", 0.95, evidence, null),
            new("alpha-fund", "alpha.csv", 10, RowState.Related, "PARENT PRECISION INDUSTRY", "9999", "Taiwan Stock Exchange", "XTAI", "9999", "TW0009999001", "PARENT PRECISION INDUSTRY",
                400_000m, 0.0324000004m, "parent-co", parent.NameEn, Basis.ParentOfNamed, "isin", 1, [new("isin", "TW0009999001", "TW0009999001", 1, "ISIN the list gives")], null),
            new("beta-fund", "beta.csv", 3, RowState.Matched, "SCRIPT TEST TRADING", null, null, null, null, null, "SCRIPT TEST TRADING",
                75_000m, 0.0375m, "script-co", uyghurScript.NameEn, Basis.Named, "review decision: accepted (name-exact, short or trading name only)", 1,
                [new("name-exact", "SCRIPT TEST TRADING", "Script Test Trading Co., Ltd.", 0.8, "the legal name"),
                 new("review-decision", "name 'SCRIPT TEST TRADING'", "script-co", 1, "accepted by A. Reviewer on 2024-04-02: same company (decisions.csv, line 2)")],
                "A. Reviewer"),
            new("beta-fund", "beta.csv", 4, RowState.NeedsReview, "SCRIPT TEST", "600001", "Shanghai Stock Exchange", "XSHG", "600001", null, "SCRIPT TEST",
                30_000m, 0.015m, "script-co", uyghurScript.NameEn, Basis.Named, "name-exact, short or trading name only", 0.5,
                [new("name-exact", "SCRIPT TEST", "Script Test", 0.8, "a short name"), new("ticker-differs", "600001 on XSHG", "XSHG:600000", -0.5, "listed under another code")], null),
        };

        var summary = new ReportSummary(2, null, null, null, null, null, null, null, null, 2, 1, 1, 2, 1, lines1.Plus(lines2), 10, 10, 1,
            TotalsWithheld.DifferentCurrencies, UnknownValues.None,
            new ReportDates(new DateOnly(2024, 3, 28), new DateOnly(2024, 3, 28), 1, "2026.01.01", null, "2024-01-01", null),
            [
                new DateTotals(new DateOnly(2024, 3, 28), 1, "USD", 12_345_678.9m, 12_345_678.9m, 250_000m, 0.0202500002m, 1),
                new DateTotals(null, 1, currencyOfSecondFund, 2_000_000m, 2_000_000m, 75_000m, 0.0375m, 1),
            ],
            [],
            SourceKindCounts.Of([hikvision, uyghurScript, parent], findings));
        var run = new RunInfo("test", "2026.01.01", "exposure-match 2.0", null,
            [new InputFile("alpha.csv", "holdings", new string('a', 64), 1234, lines1.Total), new InputFile("beta.csv", "holdings", new string('b', 64), 567, lines2.Total)],
            new ReferenceDataCounts(3, 9, 4, 5), 0.01m, null);
        return new ExposureReport(run, summary, [alpha, beta], [hikvision, uyghurScript, parent], findings,
            [new RejectedLine("alpha.csv", 12, 2, "Market Value '12,5OO.00' is not a number", "\"601138\",\"FOXCONN INDUSTRIAL\",\"12,5OO.00\"")],
            new ReviewOutcome("review/decisions.csv", 3, 1, 1,
                [new StaleDecision("review/decisions.csv", 4, "ISIN CNE000000XX1", "gone-co", "accepted", "company 'gone-co' is no longer on the list")]));
    }
}
