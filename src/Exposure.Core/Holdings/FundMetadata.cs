namespace Exposure.Core.Holdings;

/// <summary>What a holdings file says about its fund. Values the file does not give are null and say so in the *From fields.</summary>
public sealed record FundMetadata(
    string Name,
    MetadataOrigin NameFrom,
    DateOnly? AsOf,
    MetadataOrigin AsOfFrom,
    decimal? StatedNetAssets,
    string Layout)
{
    /// <summary>What a file's own text gave (null where it gave nothing); the name falls back to the file's name, the date to unknown.</summary>
    public static FundMetadata FromFile(string displayName, string? name, DateOnly? asOf, decimal? netAssets, string layout) =>
        new(name ?? Path.GetFileNameWithoutExtension(displayName),
            name is null ? MetadataOrigin.FileName : MetadataOrigin.File,
            asOf,
            asOf is null ? MetadataOrigin.Unknown : MetadataOrigin.File,
            netAssets,
            layout);

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
}
