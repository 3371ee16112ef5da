using Exposure.Core.Reporting;
using Exposure.Readers.Nport.DataSet;
using Exposure.Pipeline.Schemes;

namespace Exposure.Pipeline;

/// <summary>Everything a run needs: what to read, what to screen against, where and how to write.</summary>
/// <param name="Renderers">The outputs to write; each writes one file into <paramref name="OutputFolder"/>.</param>
/// <param name="GeneratedAt">Stamped into the report only when given, so that the same inputs give the same report.</param>
/// <param name="IllustrativeNote">Set when the holdings are bundled illustrative data.</param>
/// <param name="Decisions">A review decisions file to apply (docs/review.md), or null.</param>
/// <param name="Portfolio">A scheme to look through (docs/portfolio.md); its files are <paramref name="Holdings"/>.</param>
/// <param name="ReferenceFolder">The list folder screened against when no <paramref name="Lists"/> are given; <c>bundled</c> in <paramref name="Lists"/> names it too, and imported lists take their exchanges from it.</param>
/// <param name="NportMonths">For an SEC N-PORT data set: only each series' latest report, or every month it reported.</param>
/// <param name="Lists">Lists to screen against, combined (docs/lists.md): <c>bundled</c>, list folders, or files in any supported format.</param>
/// <param name="ListAsOf">Screen against the list as it stood on this date: allegations dated later are left out, and companies with none left.</param>
/// <param name="ShowReviewers">Publish the names of the reviewers whose decisions were applied; otherwise reports say "a reviewer".</param>
public sealed record RunRequest(
    IReadOnlyList<HoldingsInput> Holdings,
    string ReferenceFolder,
    string OutputFolder,
    IReadOnlyList<IReportRenderer> Renderers,
    string ToolVersion,
    DateTimeOffset? GeneratedAt = null,
    string? IllustrativeNote = null,
    InputPath? Decisions = null,
    PortfolioPlan? Portfolio = null,
    IReadOnlyList<string>? Lists = null,
    DateOnly? ListAsOf = null,
    bool ShowReviewers = false,
    NportMonths NportMonths = NportMonths.Latest)
{
    /// <summary>
    /// Threads reading and preparing holdings files, several files at once, and parsing an N-PORT data set's holdings
    /// table; null for one per core. The reports are the same bytes whatever the number: files are screened in their
    /// order, rows in theirs.
    /// </summary>
    public int? ReadWorkers { get; init; }
}
