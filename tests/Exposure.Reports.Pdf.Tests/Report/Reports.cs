using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Pipeline.Schemes;
using Exposure.TestSupport;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>Report models produced by the real pipeline: the bundled illustrative holdings, and the two shared iShares samples.</summary>
internal static class Reports
{
    public const string Eem = "EEM_holdings_2025-01_trimmed.csv";
    public const string Acwi = "ACWI_holdings_2022-03-10_raw.csv";

    private static readonly Lazy<ExposureReport> IllustrativeReport = new(() =>
        Run([new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")],
            "Illustrative data: the bundled holdings file is a made-up fund built to demonstrate the tool."));

    private static readonly Lazy<ExposureReport?> SharedReport = new(() =>
        RepoPaths.SharedSample(Eem) is { } eem && RepoPaths.SharedSample(Acwi) is { } acwi
            ? Run([new HoldingsInput(eem, Eem), new HoldingsInput(acwi, Acwi)], null)
            : null);

    private static readonly Lazy<ExposureReport> SchemeReport = new(() =>
    {
        var file = Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");
        var plan = PortfolioPlan.Load(file, "scheme.json");
        using var temp = new TempFolder();
        return ExposureRun.Execute(new RunRequest(plan.Inputs(), RepoPaths.ReferenceData, temp.Path, [], "test", Portfolio: plan)).Report;
    });

    private static readonly Lazy<ExposureReport> ManyCategoriesReport = new(() =>
    {
        using var temp = new TempFolder();
        var holdings = ManyCategories.WriteHoldings(Path.Combine(temp.Path, "holdings")).Select(p => new HoldingsInput(p, Path.GetFileName(p))).ToList();
        return ExposureRun.Execute(new RunRequest(holdings, RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test", Lists: ManyCategories.SixteenCategories)).Report;
    });

    public static ExposureReport Illustrative => IllustrativeReport.Value;

    /// <summary>Two funds screened against the bundled list and two example research lists: 16 categories (<see cref="ManyCategories"/>).</summary>
    public static ExposureReport SixteenCategories => ManyCategoriesReport.Value;

    /// <summary>The bundled illustrative scheme (samples/scheme), looked through as the CLI's --portfolio does.</summary>
    public static ExposureReport Scheme => SchemeReport.Value;

    /// <summary>Null when ../shared/samples is not beside the checkout.</summary>
    public static ExposureReport? Shared => SharedReport.Value;

    private static ExposureReport Run(IReadOnlyList<HoldingsInput> holdings, string? illustrativeNote)
    {
        using var temp = new TempFolder();
        return ExposureRun.Execute(new RunRequest(holdings, RepoPaths.ReferenceData, temp.Path, [], "test", IllustrativeNote: illustrativeNote)).Report;
    }
}
