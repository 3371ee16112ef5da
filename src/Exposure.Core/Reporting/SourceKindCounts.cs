using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>
/// How many of the report's holdings and companies rest on secondary sources only (<see cref="SecondarySources.Only"/>),
/// counted once here for every output's methodology: "Of the 12 matched and related holdings, 3 concern 2 companies whose
/// entries rest on secondary sources only".
/// </summary>
/// <param name="Holdings">Matched and related rows of every fund.</param>
/// <param name="HoldingsOnSecondaryOnly">Of <paramref name="Holdings"/>, those of a company whose entries rest on secondary sources only.</param>
/// <param name="CompaniesOnSecondaryOnly">Companies held whose entries rest on secondary sources only.</param>
/// <param name="CompaniesKindNotStated">Companies held for which a list does not state the kind of some of its sources.</param>
public sealed record SourceKindCounts(int Holdings, int HoldingsOnSecondaryOnly, int CompaniesOnSecondaryOnly, int CompaniesKindNotStated)
{
    /// <summary>The counts of the companies held and the findings of a report.</summary>
    public static SourceKindCounts Of(IReadOnlyList<CompanyExposure> companies, IReadOnlyList<HoldingFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(findings);
        var secondary = companies.Where(c => SecondarySources.Only(c.Allegations)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var held = findings.Where(f => f.State is RowState.Matched or RowState.Related).ToList();
        return new(
            held.Count,
            held.Count(f => secondary.Contains(f.CompanyId)),
            secondary.Count,
            companies.Count(c => c.Allegations.Any(a => a.SourceKind is null)));
    }
}
