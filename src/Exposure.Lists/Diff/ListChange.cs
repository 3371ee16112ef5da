namespace Exposure.Lists.Diff;

/// <summary>One difference between two versions of a list.</summary>
/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Field"><c>company</c> for a company added or removed; else what changed: <c>name</c>, <c>isin</c>, <c>lei</c>, <c>listing</c>, <c>uscc</c>, <c>alias</c>, <c>allegation</c>, <c>parent</c>, <c>basis</c>.</param>
public sealed record ListChange(string Change, string CompanyId, string CompanyName, string Field, string? Old, string? New);
