namespace Exposure.Core.Reference;

public sealed record CompanyName(string CompanyId, string Name, NameKind Kind, string? SourceUrl);
