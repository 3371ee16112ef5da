using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Core.Matching;

/// <summary>One name of a listed company, normalised for comparison.</summary>
public sealed record NameEntry(Company Company, string Original, NameKind Kind, NormalisedName Normalised)
{
    public bool IsShortOrTrading => Kind is NameKind.Short or NameKind.Trading;
}
