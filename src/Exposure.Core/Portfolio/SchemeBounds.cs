using System.Globalization;
using Exposure.Core.Reporting;

namespace Exposure.Core.Portfolio;

/// <summary>
/// What the scheme's figures cover when holdings of the scheme were not looked through at all (no holdings file, or a
/// fund value that could not be read): what is held through them is unknown, never 0, so a holding's figures are
/// unknown and the totals over holdings (per manager, for the scheme) count only the holdings looked through and are
/// lower bounds. Every renderer says it in these words.
/// </summary>
public static class SchemeBounds
{
    /// <summary>The word put before a total that is a lower bound: "at least 1,403,045".</summary>
    public const string AtLeast = "at least";

    /// <summary>How a share of an amount of 0 reads: it is not defined, as nothing is invested.</summary>
    public const string NotDefined = "n/a";

    /// <summary>A share of <paramref name="amount"/> as every output words it: "n/a" where the amount is 0, else the percentage read by its bound (<see cref="Total"/>).</summary>
    public static string Share(Bound bound, decimal? share, decimal amount) => amount == 0 ? NotDefined : Total(bound, Wording.Percent(share));

    /// <summary>
    /// Beside the figures of a scheme where nothing is invested in holdings (an amount of 0): "Holding A: nothing is invested
    /// in it (amount 0), so its shares are not defined (n/a); what it holds is listed at a value of 0". Null where there are none.
    /// </summary>
    public static string? NothingInvested(PortfolioExposure scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var zero = scheme.Entries.Where(e => e.AmountInvested == 0m).Select(e => e.Name).ToList();
        if (zero.Count == 0) return null;
        var names = string.Join(", ", zero);
        return zero.Count == 1
            ? $"{names}: nothing is invested in it (amount 0), so its shares are not defined ({NotDefined}); what it holds is listed at a value of 0"
            : $"{names}: nothing is invested in them (amount 0), so their shares are not defined ({NotDefined}); what they hold is listed at a value of 0";
    }

    /// <summary>
    /// For a manager: null when all its holdings were looked through; "not looked through (no holdings file)" when
    /// none was (its figures are unknown); else "at least: 1 of 2 holdings not looked through (no holdings file)".
    /// </summary>
    public static string? Manager(PortfolioExposure scheme, ManagerExposure manager)
    {
        if (manager.EntriesNotLookedThrough == 0 && manager.FundsNotLookedThrough == 0) return null;
        var entries = scheme.Entries.Where(e => string.Equals(ManagerOf(e), manager.Manager, StringComparison.Ordinal)).ToList();
        if (manager.FlaggedValue is null) return $"not looked through ({Reasons(entries)})";
        var parts = new List<string>();
        if (manager.EntriesNotLookedThrough > 0)
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{manager.EntriesNotLookedThrough} of {manager.Entries} holdings not looked through ({Reasons(entries)})"));
        var nested = entries.Where(e => e.NotLookedThrough is null).SelectMany(e => e.FundsNotLookedThrough ?? []).ToList();
        if (nested.Count > 0)
            parts.Add($"{Wording.Count(nested.Count, "fund", "funds")} held through its holdings not looked through " +
                $"({string.Join("; ", nested.Select(g => $"{g.Route}: {g.Reason}").Distinct(StringComparer.Ordinal))})");
        return $"{AtLeast}: {string.Join("; ", parts)}";
    }

    /// <summary>
    /// For the scheme: null when every holding was looked through; else "a lower bound, counting only the holdings
    /// looked through: what is held through Private Credit Fund (GBP 5,000,000: no holdings file) is unknown, not zero".
    /// </summary>
    public static string? Scheme(PortfolioExposure scheme)
    {
        return HeldThroughUnknown(scheme) is { } unknown ? $"a lower bound, counting only the holdings looked through: {unknown}" : null;
    }

    /// <summary>
    /// What was not looked through, for a figure that counts only the rest: "what is held through Private Credit Fund (GBP
    /// 5,000,000: no holdings file) is unknown, not zero"; null when every holding was looked through.
    /// </summary>
    public static string? HeldThroughUnknown(PortfolioExposure scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var missing = Missing(scheme);
        if (missing.Count == 0) return null;
        var named = missing.Take(3).Select(m => $"{m.Name} ({Wording.Money(m.Amount, scheme.ReportCurrency)}: {m.Reason})").ToList();
        var rest = missing.Count - named.Count;
        var list = string.Join(", ", named) + (rest > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {rest} other {(rest == 1 ? "holding" : "holdings")}") : "");
        return $"what is held through {list} is {Wording.Unknown}, not zero";
    }

    /// <summary>
    /// Beside the scheme's headline figure: null when every holding was looked through; else "Private Credit Fund (GBP
    /// 5,000,000) was not looked through (no holdings file): what it holds is unknown and not counted". A fund held through
    /// another is named by its path ("Diversified FoF > Hidden Alternatives Fund").
    /// </summary>
    public static string? NotCounted(PortfolioExposure scheme)
    {
        var missing = Missing(scheme);
        if (missing.Count == 0) return null;
        var amount = Wording.Money(missing.Sum(m => m.Amount), scheme.ReportCurrency);
        return missing.Count == 1
            ? $"{missing[0].Name} ({amount}) was not looked through ({missing[0].Reason}): what it holds is {Wording.Unknown} and not counted"
            : string.Create(CultureInfo.InvariantCulture,
                $"{missing.Count} holdings ({amount}) were not looked through: what they hold is {Wording.Unknown} and not counted");
    }

    /// <summary>
    /// What was not looked through, each with its name (a fund held through others by its path), amount and why: the
    /// holdings of the scheme first, then the funds held through the others.
    /// </summary>
    private static List<(string Name, decimal Amount, string Reason)> Missing(PortfolioExposure scheme) =>
    [
        .. scheme.Entries.Where(e => e.NotLookedThrough is not null).Select(e => (e.Name, e.AmountInReportCurrency, e.NotLookedThrough!)),
        .. scheme.FundsNotLookedThrough.Select(g => (g.Route, g.Value, g.Reason)),
    ];

    /// <summary>
    /// How far the scheme was looked through, for the sentences that introduce it: "every fund, fund of funds and index
    /// mandate" only when it is so; otherwise how many holdings, and funds held through them, were not looked through.
    /// </summary>
    public static string LookedThrough(PortfolioExposure scheme)
    {
        var missing = scheme.EntriesNotLookedThrough;
        var nested = scheme.FundsNotLookedThrough.Count;
        if (missing == 0 && nested == 0) return "looked through every fund, fund of funds and index mandate to company level";
        var parts = new List<string>();
        if (missing > 0) parts.Add($"{Wording.Count(missing, "holding", "holdings")} of {Wording.Number(scheme.Entries.Count)} not looked through");
        if (nested > 0) parts.Add($"{Wording.Count(nested, "fund", "funds")} held through other funds not looked through");
        return $"looked through to company level where its holdings are known ({string.Join("; ", parts)})";
    }

    /// <summary>"4 funds and mandates with 4 managers, looked through to company level", or how many were not.</summary>
    public static string Holdings(PortfolioExposure scheme)
    {
        var missing = scheme.EntriesNotLookedThrough;
        var nested = scheme.FundsNotLookedThrough.Count;
        var head = $"{Wording.Count(scheme.Entries.Count, "fund or mandate", "funds and mandates")} with {Wording.Count(scheme.Managers.Count, "manager", "managers")}";
        if (missing == 0 && nested == 0) return $"{head}, looked through to company level";
        var parts = new List<string>();
        if (missing > 0) parts.Add($"{Wording.Count(missing, "holding", "holdings")} not looked through");
        if (nested > 0) parts.Add($"{Wording.Count(nested, "fund", "funds")} held through other funds not looked through");
        return $"{head}; {string.Join(" and ", parts)}, the others to company level";
    }

    /// <summary>
    /// Said instead of a lower bound of zero ("at least GBP 0" says nothing): none was found in the holdings looked
    /// through, and what the others hold is unknown.
    /// </summary>
    public const string NoneLookedThrough = "unknown: none in the holdings looked through";

    /// <summary>Said instead of a lower bound of zero when holdings were found but the value of every one is unknown.</summary>
    public const string OnlyValuesUnknown = "unknown: only holdings whose value is unknown";

    /// <summary>
    /// A total over holdings as a table cell or a headline figure shows it: "at least 1,403,045" when it is a lower bound;
    /// "unknown" for a lower bound of zero (the sentence beside the table says why); the figure as it is otherwise (an
    /// unknown figure stays "unknown").
    /// </summary>
    /// <param name="bound">How the figure is to be read (<see cref="Kind"/>, or a model's <c>Bounds</c>).</param>
    /// <param name="figure">The total as the output writes it.</param>
    public static string Total(Bound bound, string figure) => bound switch
    {
        Bound.AtLeast => $"{AtLeast} {figure}",
        Bound.NoneLookedThrough or Bound.ValuesUnknown => Wording.Unknown,
        _ => figure,
    };

    /// <summary>
    /// A total over holdings as a sentence or a list of facts says it: as <see cref="Total"/>, but a lower bound of zero in
    /// full: <see cref="NoneLookedThrough"/> or <see cref="OnlyValuesUnknown"/>.
    /// </summary>
    public static string Stated(Bound bound, string figure) => bound switch
    {
        Bound.NoneLookedThrough => NoneLookedThrough,
        Bound.ValuesUnknown => OnlyValuesUnknown,
        _ => Total(bound, figure),
    };

    /// <summary>
    /// How a total over holdings is said: as it is; as a lower bound, when holdings were not looked through
    /// (<paramref name="notLookedThrough"/>) or holdings it would count have values that are unknown
    /// (<paramref name="valuesUnknown"/>); a lower bound of zero as unknown. An unknown figure (null) is said as it is.
    /// </summary>
    public static Bound Kind(decimal? value, bool notLookedThrough, int valuesUnknown = 0) =>
        value is null ? Bound.Exact
        : valuesUnknown > 0 ? (value == 0 ? Bound.ValuesUnknown : Bound.AtLeast)
        : !notLookedThrough ? Bound.Exact
        : value == 0 ? Bound.NoneLookedThrough : Bound.AtLeast;

    /// <summary>
    /// Null when the value of every holding reached through the scheme is known; else what is not and what it does to the
    /// figures: "2 holdings in named companies reached through the scheme have a value that is unknown: ZTE Corporation
    /// (Messy Fund A: no value given) and ... They are listed with their value unknown; the figures that would count them
    /// (of Messy Fund A and of the scheme) count only the values known and are lower bounds".
    /// </summary>
    public static string? ValuesUnknown(PortfolioExposure scheme)
    {
        if (scheme.ValuesUnknown is not { Total: > 0 } unknown) return null;
        var kinds = new List<string>();
        if (unknown.Named > 0) kinds.Add(Wording.Count(unknown.Named, "holding in a named company", "holdings in named companies"));
        if (unknown.Related > 0) kinds.Add(Wording.Count(unknown.Related, "holding in a related company", "holdings in related companies"));
        if (unknown.Review > 0) kinds.Add(Wording.Count(unknown.Review, "holding awaiting review", "holdings awaiting review"));
        var companies = scheme.Companies.Where(c => c.ValuesUnknown > 0).ToList();
        var named = companies.Take(3).Select(c =>
        {
            var where = c.Paths.Where(p => p.ValueUnknown is not null).Select(p => $"{p.Route}: {p.ValueUnknown}").Distinct(StringComparer.Ordinal).ToList();
            return $"{c.Name} ({string.Join("; ", where.Take(2))}{(where.Count > 2 ? "; …" : "")})";
        }).ToList();
        var rest = companies.Count - named.Count;
        var list = string.Join(", ", named) + (rest > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {rest} other {(rest == 1 ? "company" : "companies")}") : "");
        var entries = scheme.Entries.Where(e => e.ValuesUnknown is { Total: > 0 }).Select(e => e.Name).ToList();
        var one = unknown.Total == 1;
        return $"{string.Join(" and ", kinds)} reached through the scheme {(one ? "has a value" : "have values")} that {(one ? "is" : "are")} {Wording.Unknown}: {list}. " +
            $"{(one ? "It is" : "They are")} listed with {(one ? "its" : "their")} value {Wording.Unknown}, and the figures that would count {(one ? "it" : "them")} " +
            $"(of {string.Join(", ", entries)} and of the scheme) count only the values known: they are lower bounds";
    }

    /// <summary>
    /// Beside a path to a company held through derivatives: "derivative notional GBP 800,000, shown apart: not a value
    /// held", and a short derivative's notional apart from the others' ("derivative notional GBP 800,000, and GBP 500,000
    /// in short derivatives, not added to each other or to a value held"); null for a path with none.
    /// </summary>
    public static string? Notional(ExposurePath path, string currency) => (path.Notional, path.ShortNotional) switch
    {
        (null, null) => null,
        ({ } notional, null) => $"derivative notional {Wording.Money(notional, currency)}, shown apart: not a value held",
        (null, { } shortOnly) => $"notional of short derivatives {Wording.Money(shortOnly, currency)}, shown apart: not a value held",
        ({ } notional, { } shortOnes) => $"derivative notional {Wording.Money(notional, currency)}, and {Wording.Money(shortOnes, currency)} in short derivatives, " +
            "not added to each other or to a value held",
    };

    /// <summary>The manager a holding is counted under, as <see cref="ManagerExposure.Manager"/> names it.</summary>
    public static string ManagerOf(EntryExposure entry) => entry.Manager ?? NoManager;

    /// <summary>The name the holdings with no manager given are added up under.</summary>
    public const string NoManager = "(no manager given)";

    private static string Reasons(IEnumerable<EntryExposure> entries) =>
        string.Join("; ", entries.Select(e => e.NotLookedThrough).OfType<string>().Distinct(StringComparer.Ordinal));
}
