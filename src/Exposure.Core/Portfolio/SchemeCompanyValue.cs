using System.Text.Json.Serialization;
using Exposure.Core.Holdings;

namespace Exposure.Core.Portfolio;

/// <summary>
/// What a scheme holds of one company, looked through along every path, in the report currency: the figure a company's
/// profile gives in a scheme report, taken from the scheme's table of companies (<see cref="PortfolioExposure.Companies"/>),
/// so the profile and the scheme's tables never disagree.
/// </summary>
/// <param name="Value">The value through every path; null where none is known (no path's value, or not in the holdings looked through).</param>
/// <param name="Currency">The scheme's report currency.</param>
/// <param name="AtLeast">The value is a lower bound: some holdings were not looked through, or the value of some is unknown.</param>
/// <param name="Paths">How many paths lead to it, those the scheme's table of companies adds up in one row counted; 0 where it is not in the holdings looked through.</param>
/// <param name="Through">
/// The paths themselves, as the scheme's table of companies lists them (<see cref="PortfolioCompanyExposure.Paths"/>): each
/// from the holding of the scheme, fund by fund with the share held at each step, down to the rows of a holdings file, with
/// the value it brings; the paths not listed one by one are added up in one row per holding of the scheme. Their known
/// values add up to <paramref name="Value"/>.
/// </param>
/// <param name="ValuesUnknown">The company's holdings (rows of funds' files) reached through the scheme whose value is unknown.</param>
/// <param name="NotLookedThrough">
/// Where holdings of the scheme, or funds held through them, were not looked through: what is held through them, in the
/// words the scheme's figures give it (<see cref="SchemeBounds.HeldThroughUnknown"/>); null where every one was.
/// </param>
public sealed record SchemeCompanyValue(
    decimal? Value,
    string Currency,
    bool AtLeast,
    long Paths,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ExposurePath>? Through = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int ValuesUnknown = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NotLookedThrough = null)
{
    /// <summary>The scheme's figure for <paramref name="companyId"/>: its row as a named company, else as a related one.</summary>
    public static SchemeCompanyValue Of(PortfolioExposure scheme, string companyId)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return From(scheme, scheme.Companies.Where(c => c.CompanyId == companyId));
    }

    /// <summary>
    /// The scheme's figure for each company, found in one pass over its table of companies (a market of thousands of
    /// funds has thousands of companies): the same figure <see cref="Of"/> gives.
    /// </summary>
    public static Func<string, SchemeCompanyValue> For(PortfolioExposure scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var byCompany = scheme.Companies.GroupBy(c => c.CompanyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => From(scheme, g), StringComparer.Ordinal);
        var none = From(scheme, []);
        return companyId => byCompany.GetValueOrDefault(companyId, none);
    }

    private static SchemeCompanyValue From(PortfolioExposure scheme, IEnumerable<PortfolioCompanyExposure> rows)
    {
        var held = rows
            .OrderBy(c => c.State == RowState.Matched ? 0 : c.State == RowState.Related ? 1 : 2)
            .FirstOrDefault();
        return held is null
            ? new(null, scheme.ReportCurrency, false, 0)
            : new(held.Value, scheme.ReportCurrency, held.Value is not null && held.ValueBound == Bound.AtLeast, Count(held.Paths), held.Paths,
                held.ValuesUnknown, held.NotAllLookedThrough ? SchemeBounds.HeldThroughUnknown(scheme) : null);
    }

    private static long Count(IReadOnlyList<ExposurePath> paths) =>
        paths.Aggregate(0L, (n, p) => n > long.MaxValue - (p.PathsCombined ?? 1) ? long.MaxValue : n + (p.PathsCombined ?? 1));
}
