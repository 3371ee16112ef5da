namespace Exposure.Lists.Model;

/// <summary>A list read from a file in one of the supported formats: provenance, entries and every problem reported while reading.</summary>
public sealed record ImportedList(ListProvenance Provenance, IReadOnlyList<ListEntry> Entries, IReadOnlyList<ListProblem> Problems);
