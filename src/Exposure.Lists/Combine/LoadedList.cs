using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Lists.Combine;

/// <summary>One list ready to screen against: its data, what it is, and what was reported while reading it.</summary>
public sealed record LoadedList(ReferenceData Data, ListInfo Info, IReadOnlyList<ListIssue> Issues);
