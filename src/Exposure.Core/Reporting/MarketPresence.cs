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

/// <summary>
/// Why an entry or exit between two reports of a fund is not counted as one: the report on the other side of it may
/// hold the company after all.
/// </summary>
public enum ChangeDoubt
{
    /// <summary>Nothing casts doubt on it: the company is held on one side and not on the other.</summary>
    None,

    /// <summary>The report without the company has a row of it awaiting review: it may still be held (or already was).</summary>
    AwaitingReview,

    /// <summary>The report without the company has rows that could not be read, which may be of it: not compared.</summary>
    NotCompared,
}
