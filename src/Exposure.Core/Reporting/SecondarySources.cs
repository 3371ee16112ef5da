using System.Text.RegularExpressions;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>
/// Whether a company's entries rest on secondary sources only, over the sources a run screens against, decided once here
/// for the methodology's count and for the company's caveat, so that the two never disagree. A list's caveat may say a
/// company "rests on secondary sources only (law-firm bulletin, …); the official file itself was not read"; a run that also
/// screens a primary source for the company (an official list's own file) words that clause by what it screened.
/// </summary>
public static partial class SecondarySources
{
    /// <summary>Every one of the company's entries in the run states a secondary kind of source (<see cref="SourceKinds.IsSecondary"/>).</summary>
    public static bool Only(IReadOnlyCollection<AllegationView> allegations) =>
        allegations.Count > 0 && allegations.All(a => SourceKinds.IsSecondary(a.SourceKind));

    /// <summary>
    /// The company's caveat for this run: the list's note as it stands, unless it says the company rests on secondary
    /// sources only and the run screens a primary source for it; then that clause says what the run screened: "OFAC SDN
    /// List, screened in this run, lists the company itself; its other entries rest on secondary sources (law-firm
    /// bulletin, a third party's copy of an official file)".
    /// </summary>
    /// <param name="note">The list's caveat (review note) on the company.</param>
    /// <param name="allegations">The company's entries in the run.</param>
    /// <param name="lists">The lists of the run, which say which entries are listings; null for a report built in memory.</param>
    public static string Caveat(string note, IReadOnlyCollection<AllegationView> allegations, ListsUsed? lists)
    {
        var primary = allegations.Where(a => SourceKinds.IsPrimary(a.SourceKind)).ToList();
        if (primary.Count == 0 || Only(allegations)) return note;
        var listings = primary.Where(a => Listings.IsListing(a, lists)).ToList();
        var sources = (listings.Count > 0 ? listings : primary).Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal).ToList();
        var named = sources.Count == 1 ? sources[0] : $"{string.Join(", ", sources.Take(sources.Count - 1))} and {sources[^1]}";
        var does = listings.Count > 0 ? (sources.Count == 1 ? "lists" : "list") : (sources.Count == 1 ? "names" : "name");
        return Clause().Replace(note, m =>
            $"{named}, screened in this run, {does} the company itself{(listings.Count > 0 ? "" : " as a primary source")}; " +
            $"its other entries rest on secondary sources ({m.Groups["kinds"].Value})");
    }

    [GeneratedRegex(@"rests on secondary sources only \((?<kinds>[^)]*)\)(?:; the [^;]*? (?:was|were) not read)?")]
    private static partial Regex Clause();
}
