namespace Exposure.Core.Reference;

/// <summary>Where an identifier, native name or parent link of a company was seen.</summary>
public sealed record IdentifierSource(
    string CompanyId,
    string Field,
    string Value,
    string SourceUrl,
    string SourceTitle,
    string Publisher,
    string? Date);
