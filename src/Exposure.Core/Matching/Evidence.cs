namespace Exposure.Core.Matching;

/// <summary>One feature that was compared: what the holding said, what the list says, and how much it counts.</summary>
/// <param name="Feature">A stable feature name, e.g. <c>isin</c>, <c>ticker+exchange</c>, <c>name-exact</c>.</param>
/// <param name="Score">Between -1 (contradicts) and 1 (identifies).</param>
public sealed record Evidence(string Feature, string HoldingValue, string ReferenceValue, double Score, string Note);
