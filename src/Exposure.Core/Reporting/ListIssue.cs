namespace Exposure.Core.Reporting;

/// <summary>A value of an imported list that was reported and left out, with where it was read.</summary>
public sealed record ListIssue(string ListName, string File, int? Line, string Problem);
