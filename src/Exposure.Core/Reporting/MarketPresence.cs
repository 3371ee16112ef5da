namespace Exposure.Core.Reporting;

/// <summary>
/// Whether a fund of a market of several SEC N-PORT data sets reports in the latest of them. Two quarters given together
/// are the later quarter's market: a fund without a report in the later data set is not part of it.
/// </summary>
public enum MarketPresence
{
    /// <summary>It reports in the latest data set (or the market is of one data set, or the report is no data set's).</summary>
    Reporting,

    /// <summary>Its first report is in the latest data set: an earlier data set has none of it to compare with.</summary>
    FirstReport,

    /// <summary>
    /// It has no report in the latest data set: it stopped filing, or that data set does not hold it. Its last report is
    /// listed but not counted in the market's figures; the named and related companies it held are an exit of the fund,
    /// apart from the exits of funds that sold.
    /// </summary>
    NoLaterReport,
}
