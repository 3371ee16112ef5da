namespace Exposure.Core.Holdings;

/// <summary>What a holdings file says about its fund. Values the file does not give are null and say so in the *From fields.</summary>
/// <param name="Registrant">For a regulatory filing, the entity that filed it (an SEC registrant, such as a trust of several series).</param>
/// <param name="Cik">The registrant's SEC Central Index Key, as the filing gives it.</param>
/// <param name="SeriesId">The fund's SEC series identifier (<c>S000012345</c>), as the filing gives it.</param>
/// <param name="AccessionNumber">The filing the fund's figures come from (an EDGAR accession number), so any finding can be traced to it.</param>
/// <param name="WeightsMarkedPercent">
/// The file says its weights are percentages: its weight column's header says so (<c>Weight (%)</c>, <c>% of net assets</c>,
/// <c>Weight percent</c>), or its format or mapping defines them so (N-PORT). False for a header that does not say
/// (<c>Weight</c>, <c>Allocation</c>): the weights are still read as percentages unless they show they are fractions.
/// </param>
/// <param name="StatedNetAssetsCurrency">The currency the file gives its net assets in, where it writes one beside them (<c>EUR 5,000,000</c>).</param>
/// <param name="FiledOn">For a regulatory filing, the day it was filed (an N-PORT data set's <c>FILING_DATE</c>).</param>
/// <param name="FormType">For a regulatory filing, its form (<c>NPORT-P</c>, <c>NPORT-P/A</c> for an amendment).</param>
/// <param name="Part">For an input of several files, the one the fund's rows come from (an N-PORT data set's holdings table); reports name the input and this part.</param>
/// <param name="OtherSheets">For a workbook, its other sheets that hold holdings too, not read; null when there are none.</param>
/// <param name="Sheet">For a workbook, the sheet the fund was read from.</param>
public sealed record FundMetadata(
    string Name,
    MetadataOrigin NameFrom,
    DateOnly? AsOf,
    MetadataOrigin AsOfFrom,
    decimal? StatedNetAssets,
    string Layout,
    string? Registrant = null,
    string? Cik = null,
    string? SeriesId = null,
    string? AccessionNumber = null,
    string? Part = null,
    bool WeightsMarkedPercent = true,
    string? StatedNetAssetsCurrency = null,
    OtherSheets? OtherSheets = null,
    DateOnly? FiledOn = null,
    string? FormType = null,
    string? Sheet = null)
{
    /// <summary>What a file's own text gave (null where it gave nothing); the name falls back to the file's name, the date to unknown.</summary>
    public static FundMetadata FromFile(string displayName, string? name, DateOnly? asOf, decimal? netAssets, string layout, bool weightsMarkedPercent = true) =>
        new(name ?? Path.GetFileNameWithoutExtension(displayName),
            name is null ? MetadataOrigin.FileName : MetadataOrigin.File,
            asOf,
            asOf is null ? MetadataOrigin.Unknown : MetadataOrigin.File,
            netAssets,
            layout,
            WeightsMarkedPercent: weightsMarkedPercent);

    /// <summary>True for the column set of an iShares holdings download.</summary>
    public static bool LooksLikeIShares(IReadOnlyCollection<string> headers) =>
        headers.Contains("Asset Class") && headers.Contains("Weight (%)") && headers.Contains("Market Currency");
}

public enum MetadataOrigin
{
    /// <summary>Stated in the file's own text.</summary>
    File,
    /// <summary>Derived from the file's name.</summary>
    FileName,
    /// <summary>Not known.</summary>
    Unknown,
    /// <summary>Given by the portfolio file.</summary>
    Portfolio,
    /// <summary>Given on the command line (<c>--fund-name</c>, <c>--as-of</c>).</summary>
    CommandLine,
}
