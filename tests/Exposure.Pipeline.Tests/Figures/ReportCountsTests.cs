using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using static Exposure.Pipeline.Tests.Figures.BundledFigures;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>
/// The counts every output's methodology and headline figures show are the model's, made once when the report is built:
/// the holdings and companies resting on secondary sources only, and the funds holding a named or a related company.
/// </summary>
public sealed class ReportCountsTests
{
    private static Holding Row(string file, int line, string name, decimal value) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation(file, line), name, Currency: "USD", MarketValue: value));

    private static FundMetadata Fund(string name) =>
        new(name, MetadataOrigin.File, new DateOnly(2025, 5, 31), MetadataOrigin.File, 10_000_000m, "test");

    /// <summary>
    /// Fund A holds Hikvision (whose entries on the bundled list rest on secondary sources only: a law-firm bulletin and a
    /// copy of an official file) in two rows and ZTE (named by a report) in one; fund B holds CRCC, the parent of a named
    /// company; fund C holds no company of the list.
    /// </summary>
    private static ExposureReport Build()
    {
        var builder = new ExposureBuilder(Reference);
        var a = builder.BeginFund("a.csv", Fund("Fund A"));
        a.Add(Row("a.csv", 2, "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD A", 1_000_000m), RowState.Matched, Hit("hikvision"));
        a.Add(Row("a.csv", 3, "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD A", 500_000m), RowState.Matched, Hit("hikvision"));
        a.Add(Row("a.csv", 4, "ZTE CORP H", 300_000m), RowState.Matched, Hit("zte"));
        builder.Add(a.Complete());
        var b = builder.BeginFund("b.csv", Fund("Fund B"));
        b.Add(Row("b.csv", 2, "CHINA RAILWAY CONSTRUCTION CORP LTD H", 200_000m), RowState.Related, Hit("crcc"));
        builder.Add(b.Complete());
        var c = builder.BeginFund("c.csv", Fund("Fund C"));
        c.Add(Row("c.csv", 2, "TENCENT HOLDINGS LTD", 9_000_000m), RowState.Unmatched);
        builder.Add(c.Complete());
        return builder.Build(Run, 0);
    }

    [Fact]
    public void The_holdings_and_companies_resting_on_secondary_sources_only_are_counted_in_the_model()
    {
        var report = Build();

        Assert.True(SecondarySources.Only(report.Companies.Single(x => x.Id == "hikvision").Allegations));
        Assert.False(SecondarySources.Only(report.Companies.Single(x => x.Id == "zte").Allegations));
        // Four matched and related rows; Hikvision's two rest on secondary sources only, and it is the one company that does.
        Assert.Equal(new SourceKindCounts(4, 2, 1, 0), report.Summary.Sources);
    }

    [Fact]
    public void The_funds_holding_a_named_and_a_related_company_are_counted_in_the_model()
    {
        var report = Build();

        Assert.Equal(3, report.Summary.Funds);
        Assert.Equal(1, report.Summary.FundsHoldingNamed);
        Assert.Equal(1, report.Summary.FundsHoldingRelated);
    }
}
