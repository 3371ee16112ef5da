namespace Exposure.Core.Holdings;

/// <summary>Why a line was rejected, as reports count rejected lines: <c>2 total lines, 1 line that could not be read</c>.</summary>
public enum RejectionKind
{
    /// <summary>Looked like a holding but could not be read: a number that is not a number, a wrong number of fields, no name and no identifier.</summary>
    Unreadable,

    /// <summary>A total or subtotal line: its value is the sum of rows already read.</summary>
    TotalLine,

    /// <summary>A line of a holdings file given again (the same bytes as an earlier input), counted once, as the first.</summary>
    SameFile,

    /// <summary>A row of an SEC N-PORT data set whose filing (accession number) is not in the data set's SUBMISSION table: its fund is unknown.</summary>
    NotInSubmission,

    /// <summary>A row of an SEC N-PORT data set whose filing is a notice that a report could not be filed (NT NPORT-P): no fund's report.</summary>
    Notice,

    /// <summary>A row of an SEC N-PORT data set whose filing FUND_REPORTED_INFO does not describe: its series, and so its fund, is unknown.</summary>
    NoFundInfo,
}
