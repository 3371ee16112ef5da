namespace Exposure.Lists.Model;

/// <summary>A value of a list file that was reported and left out (a bad ISIN, an unknown exchange, a name cell not parsed).</summary>
public sealed record ListProblem(string File, int? Line, string Problem)
{
    public override string ToString() => Line is { } l ? $"{File}, line {l}: {Problem}" : $"{File}: {Problem}";
}
