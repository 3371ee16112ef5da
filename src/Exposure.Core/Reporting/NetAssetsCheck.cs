namespace Exposure.Core.Reporting;

/// <summary>
/// Whether a fund's rows add up to the net assets its file states, which are its value. They rarely match to the cent: a
/// holdings file lists cash, futures margin and currency lines as rows (never screened, but in the sum), while accrued
/// income, fees payable and unsettled trades are in the net assets and on no row; in iShares files the rows come to
/// 99.9% of the fund. Rows within <see cref="Tolerance"/> of the stated net assets, either way, agree. Past it, a file
/// leaves holdings out (part of a fund), gives holdings of unknown value, or states net assets of another date, share
/// class or unit: the figures stay shares of the stated net assets, and every output says beside the fund value how
/// far the rows are from them.
/// </summary>
public static class NetAssetsCheck
{
    /// <summary>Rows adding up to within 2% of the stated net assets (98% to 102%) agree with them.</summary>
    public const decimal Tolerance = 0.02m;

    /// <summary>
    /// The sum of the fund's rows over the net assets it states, where its value is those net assets and the two disagree
    /// by more than <see cref="Tolerance"/>; null where they agree or cannot be compared.
    /// </summary>
    public static decimal? RowsOverStated(FundExposure fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        if (fund.FundValueBasis != FundValueBasis.StatedNetAssets || fund.FundValue is not { } stated || stated <= 0 || fund.SumOfRows is not { } rows) return null;
        var ratio = rows / stated;
        return Math.Abs(ratio - 1) > Tolerance ? ratio : null;
    }

    /// <summary>"rows add up to 120% of it", said beside a fund value of stated net assets its rows disagree with; null where they agree.</summary>
    public static string? Beside(FundExposure fund) =>
        RowsOverStated(fund) is { } ratio ? $"rows add up to {Percent(ratio)} of it" : null;

    /// <summary>
    /// A ratio as a whole percentage, or with one decimal near 100%: "120%", "60%", "97.5%"; below 10%, with up to two
    /// decimals, as a file's weights adding up to as little are said beside it: "3.54%", never "4%"; below 1%, as every
    /// output gives a share (<see cref="Wording.Percent(decimal?)"/>, its decimals by <see cref="Wording.DecimalsOf"/>):
    /// "0.375%", never "0%".
    /// </summary>
    public static string Percent(decimal ratio)
    {
        var percent = ratio * 100;
        if (ratio != 0 && Math.Abs(percent) < 1) return Wording.Percent(ratio);
        var format = Math.Abs(percent - 100) < 10 ? "0.#" : Math.Abs(percent) < 10 ? "0.##" : "0";
        return percent.ToString(format, System.Globalization.CultureInfo.InvariantCulture) + "%";
    }
}
