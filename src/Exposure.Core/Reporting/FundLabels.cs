namespace Exposure.Core.Reporting;

/// <summary>
/// Tells apart funds of a report that share a name but are not the same fund (<see cref="FundExposure.Identity"/>):
/// "Emerging Markets Fund" of Beta Trust and of Gamma Trust become "Emerging Markets Fund (Beta Trust)" and
/// "Emerging Markets Fund (Gamma Trust)". What is added is the registrant; where that does not tell them apart, the
/// CIK, then the series id, then the file, as many as it takes. Reports of several dates of one fund share its label.
/// </summary>
public static class FundLabels
{
    /// <summary>The funds, each with its <see cref="FundExposure.Label"/>; the same list when no label changes.</summary>
    public static IReadOnlyList<FundExposure> Apply(IReadOnlyList<FundExposure> funds)
    {
        ArgumentNullException.ThrowIfNull(funds);
        var labels = new Dictionary<FundExposure, string?>(ReferenceEqualityComparer.Instance);
        foreach (var group in funds.GroupBy(f => f.Name, StringComparer.Ordinal))
        {
            var shared = group.Select(f => f.Identity).Distinct(StringComparer.Ordinal).Count() > 1;
            var parts = shared ? Parts(group.ToList()) : 0;
            foreach (var f in group)
                labels[f] = parts == 0 ? null : $"{f.Name} ({string.Join(", ", Qualifiers(f).Take(parts))})";
        }
        if (funds.All(f => f.Label == labels[f])) return funds;
        return funds.Select(f => f.Label == labels[f] ? f : f with { Label = labels[f] }).ToList();
    }

    /// <summary>How many of each fund's qualifiers it takes to tell the group's funds apart (all of them when none does).</summary>
    private static int Parts(List<FundExposure> group)
    {
        var most = group.Max(f => Qualifiers(f).Count());
        for (var n = 1; n < most; n++)
        {
            var byLabel = group.GroupBy(f => string.Join(", ", Qualifiers(f).Take(n)), StringComparer.Ordinal);
            if (byLabel.All(g => g.Select(f => f.Identity).Distinct(StringComparer.Ordinal).Count() == 1)) return n;
        }
        return most;
    }

    private static IEnumerable<string> Qualifiers(FundExposure f)
    {
        if (f.Registrant is { Length: > 0 } registrant) yield return registrant;
        if (f.Cik is { Length: > 0 } cik) yield return "CIK " + cik;
        if (f.SeriesId is { Length: > 0 } series) yield return series;
        yield return f.SourceFile;
    }
}
