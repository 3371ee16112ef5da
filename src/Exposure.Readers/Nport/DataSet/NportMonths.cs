namespace Exposure.Readers.Nport.DataSet;

/// <summary>Which of a series' monthly reports in one data set become funds.</summary>
public enum NportMonths
{
    /// <summary>Only the latest report date of each series (the default).</summary>
    Latest,
    /// <summary>Every report date of each series, each its own fund.</summary>
    All,
}
