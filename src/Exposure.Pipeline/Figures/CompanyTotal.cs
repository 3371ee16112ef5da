using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Figures;

/// <summary>
/// A company's value held over the funds the figures count, on its own: the sum of its holdings when every one's value
/// is known and they are in one currency. Where the value of a holding of it is unknown, the total is unknown and the sum
/// of the known values is a lower bound (<see cref="AtLeast"/>); where its holdings are in different currencies, or in
/// funds that do not all state one, or in an index constituent list (weights, not money), there is no total. Funds that
/// do not hold the company play no part: one fund of unknown value does not make every company's total unknown.
/// </summary>
/// <param name="Value">The total; null when there is none.</param>
/// <param name="Currency">The currency of <paramref name="Value"/> or <paramref name="AtLeast"/>.</param>
/// <param name="AtLeast">The sum of the known values where some are unknown: a lower bound; null otherwise.</param>
/// <param name="Withheld">Why there is no total; null when there is one.</param>
/// <param name="Why">The same in words, naming the funds concerned.</param>
internal sealed record CompanyTotal(decimal? Value, string? Currency, decimal? AtLeast, TotalsWithheld? Withheld, string? Why)
{
    /// <summary>Funds named in a reason, at most; the others are counted.</summary>
    private const int FundsNamed = 3;

    /// <param name="holdings">The company's holdings in the funds the figures count, one per fund.</param>
    /// <param name="funds">The report's funds by id.</param>
    /// <param name="findings">The rows of those holdings, for why a value is unknown.</param>
    public static CompanyTotal Of(IReadOnlyList<CompanyHolding> holdings, IReadOnlyDictionary<string, FundExposure> funds, IEnumerable<HoldingFinding> findings)
    {
        if (holdings.Count == 0) return new(0, null, null, null, null);
        var weightsOnly = holdings.Where(h => funds[h.FundId].FundValueBasis == FundValueBasis.ConstituentWeights).ToList();
        if (weightsOnly.Count > 0)
            return new(null, null, null, TotalsWithheld.WeightsOnly,
                $"{Named(weightsOnly)} {Wording.Verb(weightsOnly.Count, "is an index constituent list", "are index constituent lists")}, which {Wording.Verb(weightsOnly.Count, "gives", "give")} weights, not money");
        var currencies = holdings.Select(h => h.Currency?.ToUpperInvariant()).Distinct().ToList();
        if (holdings.Count > 1 && currencies.Contains(null))
        {
            var without = holdings.Where(h => h.Currency is null).ToList();
            return new(null, null, null, TotalsWithheld.CurrencyNotStated,
                $"{Named(without)} {Wording.Verb(without.Count, "states", "state")} no currency, so its holdings in {Wording.Number(holdings.Count)} funds are not added up");
        }
        if (currencies.Count > 1)
            return new(null, null, null, TotalsWithheld.DifferentCurrencies,
                $"its holdings are in {Wording.Number(currencies.Count)} currencies ({string.Join(", ", currencies.Order(StringComparer.Ordinal))}), which are not added up");
        var currency = holdings[0].Currency;
        var known = FundAccumulator.Sum(holdings, h => h.Value);
        var unknownRows = holdings.Sum(h => h.RowsWithoutValue);
        if (unknownRows == 0) return new(known, currency, null, null, null);

        // Why each fund's rows have no value, as the rows say it: "Messy Fund E: no value given".
        var unknown = findings.Where(f => f.IsHeld && f.Value is null).ToList();
        var byFund = unknown.GroupBy(f => f.FundId, StringComparer.Ordinal)
            .Select(g => $"{funds[g.Key].DisplayName}: {string.Join("; ", g.Select(f => f.ValueUnknown ?? Wording.Unknown).Distinct(StringComparer.Ordinal))}")
            .ToList();
        var reasons = string.Join("; ", byFund.Take(FundsNamed)) + (byFund.Count > FundsNamed ? $"; and {Wording.Count(byFund.Count - FundsNamed, "other fund", "other funds")}" : "");
        var why = $"{Wording.Number(unknownRows)} {Wording.Verb(unknownRows, "row's value is", "rows' values are")} unknown ({reasons})";
        var atLeast = holdings.Any(h => h.Value is not null) ? known : null;
        return new(null, currency, atLeast, TotalsWithheld.ValuesUnknown, atLeast is null ? why : "the sum of the known values; " + why);
    }

    private static string Named(IReadOnlyList<CompanyHolding> holdings) =>
        string.Join(", ", holdings.Take(FundsNamed).Select(h => h.FundName)) +
        (holdings.Count > FundsNamed ? $" and {Wording.Count(holdings.Count - FundsNamed, "other", "others")}" : "");
}
