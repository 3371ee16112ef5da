using Exposure.Core.Reference;

namespace Exposure.Lists.Combine;

/// <summary>A company of one of the lists combined: the list's place in the order given, the company's place in its list, and the company.</summary>
internal sealed record Member(int List, int Index, Company Company);
