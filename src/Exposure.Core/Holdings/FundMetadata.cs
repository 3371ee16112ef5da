namespace Exposure.Core.Holdings;

/// <summary>What a holdings file says about its fund. Values the file does not give are null and say so in the *From fields.</summary>
public sealed record FundMetadata(
    string Name,
    MetadataOrigin NameFrom,
    DateOnly? AsOf,
    MetadataOrigin AsOfFrom,
    decimal? StatedNetAssets,
    string Layout);

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
