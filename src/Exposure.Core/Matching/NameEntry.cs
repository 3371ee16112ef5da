using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>One name of a company on the list, normalised for comparison, with its words' weights once the index knows them.</summary>
public sealed class NameEntry(int id, Company company, string original, NameKind kind, NormalisedName normalised)
{
    public int Id { get; } = id;
    public Company Company { get; } = company;
    public string Original { get; } = original;
    public NameKind Kind { get; } = kind;
    public NormalisedName Normalised { get; } = normalised;

    /// <summary>Each word's weight (how rare it is among the list's companies).</summary>
    public double[] Weights { get; internal set; } = [];

    public bool IsShortOrTrading => Kind is NameKind.Short or NameKind.Trading;
}
