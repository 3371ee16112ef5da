namespace Exposure.Core.Reference;

/// <summary>A listing of a company: an ISO 10383 MIC and the local code exactly as the source wrote it.</summary>
public sealed record Listing(string Mic, string Code)
{
    public override string ToString() => $"{Mic}:{Code}";
}
