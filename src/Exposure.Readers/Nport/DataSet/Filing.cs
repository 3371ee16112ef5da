namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// One N-PORT submission of the data set, joined from SUBMISSION, REGISTRANT and FUND_REPORTED_INFO on its accession
/// number. A filing the holdings table names but SUBMISSION does not list has <see cref="Listed"/> false.
/// </summary>
internal sealed class Filing(string accessionNumber, int index)
{
    public string AccessionNumber { get; } = accessionNumber;

    /// <summary>Position in the order filings were first met (SUBMISSION first, then the holdings table).</summary>
    public int Index { get; } = index;

    public bool Listed { get; set; }
    public string? SubType { get; set; }
    public DateOnly? FilingDate { get; set; }
    public DateOnly? ReportDate { get; set; }
    public string? Cik { get; set; }
    public string? RegistrantName { get; set; }
    public string? SeriesName { get; set; }
    public string? SeriesId { get; set; }
    public decimal? NetAssets { get; set; }

    /// <summary>FUND_REPORTED_INFO has a row for the filing: its series (or that it has none) and net assets are known.</summary>
    public bool HasFundInfo { get; set; }

    public bool IsAmendment => SubType?.TrimEnd().EndsWith("/A", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A notice that a report could not be filed (NT NPORT-P): never a fund's report.</summary>
    public bool IsNotice => SubType?.TrimStart().StartsWith("NT", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// A fund's report: listed in SUBMISSION, not a notice, and described in FUND_REPORTED_INFO. Without its
    /// FUND_REPORTED_INFO row a filing's series is unknown (no other table names it): it could be any series of its trust,
    /// so it is no fund's report, and its rows are rejected.
    /// </summary>
    public bool IsReport => Listed && !IsNotice && HasFundInfo;

    /// <summary>The fund the filing reports on: its series, or for a filing without one its registrant.</summary>
    public string SeriesKey => SeriesId is { } id ? "series " + id
        : Cik is { } cik ? $"CIK {cik}: {SeriesName ?? RegistrantName}"
        : "accession " + AccessionNumber;

    /// <summary>The fund's name: the series name, or the registrant's where the series has none (or says N/A).</summary>
    public string? FundName => SeriesName ?? RegistrantName;

    /// <summary>What the filing is, in words, for reasons such as "superseded by ...".</summary>
    public string Describe() =>
        $"{AccessionNumber} ({SubType ?? "N-PORT"}{(ReportDate is { } r ? " as of " + r.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")}" +
        $"{(FilingDate is { } f ? ", filed " + f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")})";
}
