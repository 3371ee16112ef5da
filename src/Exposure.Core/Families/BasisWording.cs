using System.Globalization;
using Exposure.Core.Reference;

namespace Exposure.Core.Families;

/// <summary>
/// Why a company is on the list, in words, from its allegations: the sources that name the company itself are counted
/// and given apart from those that name only a subsidiary, affiliate or parent of it ("Named by 1 list or report (…);
/// its subsidiary Xinjiang Daqo New Energy Co., Ltd. by 2 lists or reports (US Commerce Entity List; UFLPA Entity List)").
/// A company the list carries as the parent or subsidiary of named entities is "not named itself" unless a source names
/// it on other grounds, which is then said after the relatives. Where the list's caveat says the attribution is inferred,
/// the words say so. The brief form, for a sentence, gives the first sources naming the company itself and only the
/// counts of those naming its relatives.
/// </summary>
public static class BasisWording
{
    /// <summary>How many of the lists or reports naming the company itself the brief form gives.</summary>
    public const int BriefSources = 3;

    private static readonly SubjectRelation[] Relatives = [SubjectRelation.Subsidiary, SubjectRelation.Affiliate, SubjectRelation.Parent];

    /// <param name="basis">The basis the list gives the company.</param>
    /// <param name="allegations">The company's allegations, in any order: they are taken by date, undated last.</param>
    /// <param name="parentName">The name of the company's parent on the list, if any: a named parent is called by it.</param>
    /// <param name="reviewNote">The list's caveat for the company.</param>
    /// <param name="asOf">The date the list is taken as it stood on, if any: "not named itself" is said of that list.</param>
    /// <param name="brief">
    /// At most <see cref="BriefSources"/> of the lists and reports naming the company itself, only the counts of those naming
    /// its relatives, and no "not named itself" (the sentence around it says the basis).
    /// </param>
    public static string Text(Basis basis, IEnumerable<BasisRow> allegations, string? parentName, string? reviewNote, DateOnly? asOf, bool brief)
    {
        var rows = allegations.OrderBy(a => a.Date ?? "9999", StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var own = rows.Where(a => a.Relation == SubjectRelation.Self).ToList();
        var relatives = Relatives
            .Select(r => Relative(r, rows.Where(a => a.Relation == r).ToList(), parentName, afterOwn: basis == Basis.Named, brief))
            .OfType<string>()
            .ToList();
        var notNamed = asOf is { } date
            ? $"Not named itself in the list as it stood on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : "Not named itself";
        var text = basis switch
        {
            Basis.Named => string.Join("; ", relatives.Prepend(Capitalised(Sources(own, "named by", brief ? BriefSources : int.MaxValue)))),
            _ when own.Count == 0 => brief ? Capitalised(string.Join("; ", relatives)) : string.Join("; ", relatives.Prepend(notNamed)),
            // Named itself on other grounds than the ones the list carries it on (a listing not about Xinjiang, say): the relatives come first.
            _ => Capitalised(string.Join("; ", relatives.Append("itself " + Sources(own, "named by", brief ? BriefSources : int.MaxValue)))),
        };
        return basis == Basis.Named && Attribution.IsInferred(reviewNote) ? $"{text}; {Attribution.Qualifier}" : text;
    }

    /// <summary>
    /// "its subsidiary Xinjiang Daqo New Energy Co., Ltd. named by 2 lists or reports (…)", or after the sources naming
    /// the company itself "its subsidiary … by 2 lists or reports (…)"; null when no source names such a relative.
    /// </summary>
    private static string? Relative(SubjectRelation relation, IReadOnlyList<BasisRow> rows, string? parentName, bool afterOwn, bool brief)
    {
        if (rows.Count == 0) return null;
        var subjects = rows.Select(a => a.SubjectName).Distinct(StringComparer.Ordinal).ToList();
        var who = relation switch
        {
            SubjectRelation.Parent => "its parent " + (parentName ?? (subjects.Count == 1 ? subjects[0] : "")),
            SubjectRelation.Subsidiary => subjects.Count == 1 ? $"its subsidiary {subjects[0]}" : "its subsidiaries",
            _ => subjects.Count == 1 ? $"its affiliate {subjects[0]}" : "its affiliates",
        };
        return $"{who.TrimEnd()} {Sources(rows, afterOwn ? "by" : "named by", brief ? 0 : int.MaxValue)}";
    }

    /// <summary>"named by 1 list or report (A)", "listed on B (2024-08-09); C", or both joined with "and", giving at most <paramref name="shown"/> sources of each.</summary>
    private static string Sources(IReadOnlyList<BasisRow> rows, string namedBy, int shown)
    {
        var listed = rows.Where(a => a.Listed).Select(a => a.Date is null ? a.ListOrReport : $"{a.ListOrReport} ({DateKinds.InWords(a.Date, a.DateKind)})")
            .Distinct(StringComparer.Ordinal).ToList();
        var named = rows.Where(a => !a.Listed).Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (named.Count > 0)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{namedBy} {named.Count} {(named.Count == 1 ? "list or report" : "lists or reports")}") +
                      Shown(named, shown));
        if (listed.Count > 0)
            parts.Add(shown == 0 ? string.Create(CultureInfo.InvariantCulture, $"listed on {listed.Count} {(listed.Count == 1 ? "list" : "lists")}") : $"listed on {string.Join("; ", listed.Take(shown))}{(listed.Count > shown ? "; …" : "")}");
        return string.Join(" and ", parts);
    }

    /// <summary>" (A; B; …)": the first <paramref name="shown"/> sources in brackets; empty when none is to be shown.</summary>
    private static string Shown(IReadOnlyList<string> sources, int shown) =>
        shown == 0 ? "" : $" ({string.Join("; ", sources.Take(shown))}{(sources.Count > shown ? "; …" : "")})";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
