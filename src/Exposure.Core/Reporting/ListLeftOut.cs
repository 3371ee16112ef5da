using System.Globalization;
using System.Text.Json.Serialization;

namespace Exposure.Core.Reporting;

/// <summary>
/// Entries of one kind that a list's file holds and that were not imported, how many, and why: "2 individuals (only
/// companies and organisations are imported)". With the entries imported, they account for every entry of the file.
/// </summary>
/// <param name="Kind">What they are, in the singular: "individual", "vessel", "entity outside the --program filter".</param>
/// <param name="KindPlural">The same in the plural: "individuals".</param>
/// <param name="Count">How many of the file's entries are of this kind.</param>
/// <param name="Reason">Why they were left out: "only companies and organisations are imported".</param>
public sealed record ListLeftOut(string Kind, string KindPlural, int Count, string Reason)
{
    /// <summary>"2 individuals", "1 vessel".</summary>
    [JsonIgnore]
    public string Counted => string.Create(CultureInfo.InvariantCulture, $"{Count} {(Count == 1 ? Kind : KindPlural)}");
}
