using Exposure.Core.Review;

namespace Exposure.Readers.Review;

/// <summary>One finding as a run's decisions template lists it: its id, the key a decision on it is stored under, and what it is.</summary>
public sealed record FindingRow(string Id, DecisionKey Key, string? CompanyName, string? HoldingName, string? State, int Line)
{
    /// <summary>What the template shows of the finding, recorded with a decision on it; null for a template written before it did.</summary>
    public DecisionSeen? Seen { get; init; }
}
