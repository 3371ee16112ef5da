using System.Globalization;
using Exposure.Core.Families;
using Exposure.Core.Holdings;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Core.Review;

namespace Exposure.Pipeline.Figures;

/// <summary>
/// The exposure stage: takes each fund's figures as its file is read and computes the report model once. Holds only
/// what the report holds (findings, rejected lines, per-fund totals).
/// </summary>
public sealed class ExposureBuilder(ReferenceData reference, CorporateFamilies families, decimal weightTolerancePercent = ExposureBuilder.DefaultWeightTolerancePercent)
{
    /// <summary>Files round weights to two decimals; a difference above a hundredth of a percentage point is reported.</summary>
    public const decimal DefaultWeightTolerancePercent = 0.01m;

    private readonly List<FundExposure> _funds = [];
    private readonly List<HoldingFinding> _findings = [];
    private readonly List<RejectedLine> _rejected = [];
    private readonly HashSet<string> _fundIds = new(StringComparer.Ordinal);

    public decimal WeightTolerancePercent => weightTolerancePercent;

    public ExposureBuilder(ReferenceData reference) : this(reference, new CorporateFamilies(reference))
    {
    }

    /// <summary>Starts a fund with an id of its own (from its name; a number added when two funds share a name).</summary>
    public FundAccumulator BeginFund(string sourceFile, FundMetadata fund) =>
        new(reference, weightTolerancePercent, UniqueId(fund.Name), sourceFile, fund);

    public void Add(FundResult fund)
    {
        _funds.Add(fund.Fund);
        _findings.AddRange(fund.Findings);
        _rejected.AddRange(fund.Rejected);
    }

    public ExposureReport Build(RunInfo run, int distinctSecurities, ReviewOutcome? review = null)
    {
        var currencies = _funds.Select(f => f.Currency).Distinct().ToList();
        var currency = currencies.Count == 1 ? currencies[0] : null;
        var lines = _funds.Aggregate(StateCounts.Zero, (acc, f) => acc.Plus(f.Lines));
        var companies = Companies(currency);

        decimal? Total(Func<FundExposure, decimal> pick) => currency is null ? null : _funds.Sum(pick);
        var screened = Total(f => f.FundValue);
        var flagged = Total(f => f.FlaggedValue);
        var related = Total(f => f.RelatedValue);

        var summary = new ReportSummary(
            _funds.Count,
            currency,
            screened,
            flagged,
            Share(flagged, screened),
            related,
            Share(related, screened),
            Total(f => f.ReviewValue),
            companies.Count(c => c.Basis == Basis.Named),
            companies.Count(c => c.Basis != Basis.Named),
            _findings.Where(f => f.State == RowState.NeedsReview).Select(f => f.CompanyId).Distinct().Count(),
            lines,
            _funds.Sum(f => f.HoldingRows),
            distinctSecurities,
            _findings.Count(f => f.DecidedBy is not null && f.State is RowState.Matched or RowState.Related));

        return new ExposureReport(run, summary, _funds.ToList(), companies, _findings.ToList(), _rejected.ToList(), review ?? ReviewOutcome.None,
            Market: MarketFigures.Compute(_funds, _findings));
    }

    private List<CompanyExposure> Companies(string? currency)
    {
        var held = _findings
            .Where(f => f.State is RowState.Matched or RowState.Related)
            .GroupBy(f => f.CompanyId, StringComparer.Ordinal);
        var fundsById = _funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var result = new List<CompanyExposure>();
        foreach (var group in held)
        {
            var company = reference.Company(group.Key);
            var holdings = group
                .GroupBy(f => f.FundId, StringComparer.Ordinal)
                .Select(g =>
                {
                    var fund = fundsById[g.Key];
                    var value = g.Sum(f => f.Value ?? 0);
                    return new CompanyHolding(fund.Id, fund.Name, fund.Currency, value, Share(value, fund.FundValue) ?? 0, g.Count());
                })
                .OrderByDescending(h => h.Value)
                .ToList();
            result.Add(Describe(company, holdings, currency is null ? null : holdings.Sum(h => h.Value)));
        }
        return result
            .OrderBy(c => c.Basis)
            .ThenByDescending(c => c.TotalValue ?? c.Holdings.Sum(h => h.Value))
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    private CompanyExposure Describe(Company company, IReadOnlyList<CompanyHolding> holdings, decimal? total)
    {
        var allegations = reference.AllegationsOf(company.Id)
            .Select(a => new AllegationView(a.Id, a.SubjectName, a.SubjectRelation, a.Category, a.ListOrReport, a.Date, a.Summary, a.SourceUrl, a.SourceTitle, a.Publisher,
                a.SourceKind, a.ListName, a.Listed))
            .OrderBy(a => a.Date ?? "9999", StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new CompanyExposure(
            company.Id,
            company.NameEn,
            company.NameNative,
            company.Country,
            company.Basis,
            families.BasisText(company),
            company.Listings.Select(l => l.ToString()).ToList(),
            allegations.Select(a => a.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            company.ReviewNote,
            families.RelationsOf(company.Id),
            allegations,
            holdings,
            total,
            allegations.Select(a => a.ListName).OfType<string>().Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } lists ? lists : null);
    }

    private string UniqueId(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length == 0) slug = "fund";
        var id = slug;
        for (var n = 2; !_fundIds.Add(id); n++) id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        return id;
    }

    /// <summary>A share beyond this (a hundred billion percent) means the base is all but zero: it is not a share of anything.</summary>
    private const decimal MaxShare = 1_000_000_000m;

    /// <summary>Part over whole; null when either is unknown, the whole is zero, or the quotient is past <see cref="MaxShare"/>.</summary>
    internal static decimal? Share(decimal? part, decimal? whole)
    {
        if (part is not { } p || whole is not { } w || w == 0) return null;
        // |p| / |w| > MaxShare exactly when |p| > MaxShare * |w|; the product is taken only where it cannot overflow.
        if (Math.Abs(w) < 1 && Math.Abs(p) > MaxShare * Math.Abs(w)) return null;
        var share = p / w;
        return Math.Abs(share) > MaxShare ? null : share;
    }
}
