using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;

namespace Exposure.Pipeline.Schemes;

/// <summary>
/// What each gap in a scheme's coverage is (<see cref="CoverageGapKind"/>), and the words that say it, with the figures
/// that show it. The look-through puts both into the report model once; every output lays them out as they are.
/// </summary>
internal static class CoverageGaps
{
    /// <summary>A constituent list: weights, no money; its holdings are followed by their weights.</summary>
    public static bool ByWeights(FundExposure fund) => fund is { FundValueBasis: FundValueBasis.ConstituentWeights, ScreenedWeight: not null };

    /// <summary>
    /// A fund whose file has no line that is a holding or could not be read (a header and nothing after it: a download cut
    /// short): it is no fund screened with nothing found, and is not looked through.
    /// </summary>
    public static bool HasNoHoldings(FundExposure fund) => fund.Lines.Total == fund.Lines.NotAHolding;

    /// <summary>
    /// Why a holding's rows are not followed at all: no file, or nothing to weigh its rows by. Null when they are followed.
    /// The words are short: reports write them in brackets beside the holding ("GBP 500: no holdings file").
    /// </summary>
    public static (CoverageGapKind Kind, string Reason)? NotLookedThrough(PortfolioEntry entry, FundExposure? fund) => fund switch
    {
        null when entry.Kind == EntryKind.Index => (CoverageGapKind.NoConstituentList, "no constituent list"),
        null => (CoverageGapKind.NoHoldingsFile, "no holdings file"),
        _ when HasNoHoldings(fund) => (CoverageGapKind.NoHoldings, "its holdings file lists no holdings after its header"),
        _ when ByWeights(fund) => null,
        { FundValue: null, FundValueBasis: FundValueBasis.ConstituentWeights } => (CoverageGapKind.NoWeights,
            string.Create(CultureInfo.InvariantCulture,
                $"the constituent list's weights are not shares of the index: they add up to more than {FundAccumulator.MaxWeightSumPercent / 100:0} whole indexes")),
        { FundValue: null, FundValueBasis: FundValueBasis.Unknown } when entry.Kind == EntryKind.Index =>
            (CoverageGapKind.NoWeights, "the constituent list gives no weights and no values"),
        { FundValue: null, FundValueBasis: FundValueBasis.SeveralCurrencies } =>
            (CoverageGapKind.FundValueUnknown, "fund value is unknown, as the rows' values are in several currencies"),
        { FundValue: null } => (CoverageGapKind.FundValueUnknown, "fund value is unknown, as the file states no net assets and no row's value"),
        { FundValue: 0 } => (CoverageGapKind.FundValueZero, "fund value is zero"),
        _ => null,
    };

    /// <summary>
    /// The part of a fund its rows do not account for, when they account for <paramref name="accounted"/> of it (a
    /// fraction: rows screened and not screened, and the funds it holds): what that part is, and why, in words.
    /// </summary>
    public static (CoverageGapKind Kind, string Reason) Rest(FundExposure fund, decimal accounted)
    {
        var share = Wording.Percent(accounted);
        if (ByWeights(fund))
        {
            return accounted < 1
                ? (CoverageGapKind.WeightsShort,
                    $"the constituent list's weights add up to {share}: the rest of the mandate is not covered by the list{Rejected(fund, " of the list")}")
                : (CoverageGapKind.WeightsOver,
                    $"the constituent list's weights add up to {share}, more than the whole mandate: within the rounding a list may carry, " +
                    "they are used as stated, and the mandate is looked through for this much more than its amount");
        }
        if (fund.FundValueBasis == FundValueBasis.ImpliedByWeights)
            return (CoverageGapKind.PartListed, $"the file lists part of the fund: its rows are {share} of the fund its weights imply, and the rest is in none of its rows");
        if (fund.FundValueBasis == FundValueBasis.StatedNetAssets)
        {
            var causes = new List<string>();
            if (fund.Lines.Rejected > 0) causes.Add($"{Wording.Count(fund.Lines.Rejected, "line", "lines")} rejected");
            if (fund.ValuesUnknown.Rows > 0) causes.Add(Wording.Count(fund.ValuesUnknown.Rows, "holding", "holdings") + " of unknown value");
            return (CoverageGapKind.NetAssetsDiffer,
                $"the net assets the file states ({Wording.Money(fund.StatedNetAssets, fund.Currency)}) differ from what its rows' known values add up to " +
                $"({Wording.Money(fund.SumOfRows ?? 0, fund.Currency)})" +
                (causes.Count == 0 ? "" : $"; the {string.Join(" and the ", causes)} may hold some of the difference"));
        }
        return (CoverageGapKind.WeightsAndValuesDisagree,
            $"the rows account for {share} of the fund: the file's weights and values disagree, and the funds it holds are weighed by its weights, its other rows by their values");
    }

    /// <summary>"; 2 lines of the list were rejected", or nothing.</summary>
    private static string Rejected(FundExposure fund, string of) =>
        fund.Lines.Rejected == 0 ? "" : $"; {Wording.Count(fund.Lines.Rejected, "line", "lines")}{of} {Wording.Verb(fund.Lines.Rejected, "was", "were")} rejected";
}
