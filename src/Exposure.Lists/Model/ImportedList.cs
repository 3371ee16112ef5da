namespace Exposure.Lists.Model;

/// <summary>A list read from a file in one of the supported formats: provenance, entries and every problem reported while reading.</summary>
/// <param name="LeftOut">What the reader left out and how many (individuals, vessels, entries outside a filter, ...), where it counts them.</param>
public sealed record ImportedList(ListProvenance Provenance, IReadOnlyList<ListEntry> Entries, IReadOnlyList<ListProblem> Problems, LeftOutCounts? LeftOut = null);
