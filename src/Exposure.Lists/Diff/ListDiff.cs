using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Lists.Diff;

/// <summary>
/// What changed between two versions of a list: companies added and removed, and for companies in both, identifiers,
/// names and allegations added or removed. A company is the same in both when its id is, or, failing that, when an
/// ISIN, LEI or USCC is (a company renamed between versions).
/// </summary>
public static class ListDiff
{
    /// <param name="oldName">The earlier version's list name: allegations citing it compare as citing "this list", so that a renamed file is no change.</param>
    /// <param name="newName">The later version's list name, likewise.</param>
    public static IReadOnlyList<ListChange> Compare(ReferenceData old, ReferenceData @new, string? oldName = null, string? newName = null)
    {
        string Allegation(Allegation a, string? listName) =>
            $"{(a.ListOrReport == listName ? "this list" : a.ListOrReport)}{(a.Date is null ? "" : $" ({DateKinds.InWords(a.Date, a.DateKind)})")}: {a.SubjectName} [{a.Category}]";
        var changes = new List<ListChange>();
        var pairs = new List<(Company Old, Company New)>();
        var newById = @new.Companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var unmatchedOld = new List<Company>();
        var matchedNew = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in old.Companies)
        {
            if (newById.TryGetValue(o.Id, out var n)) { pairs.Add((o, n)); matchedNew.Add(n.Id); }
            else unmatchedOld.Add(o);
        }
        var newByKey = new Dictionary<string, Company>(StringComparer.Ordinal);
        foreach (var n in @new.Companies.Where(c => !matchedNew.Contains(c.Id)))
            foreach (var k in Keys(@new, n)) newByKey.TryAdd(k, n);
        foreach (var o in unmatchedOld)
        {
            var n = Keys(old, o).Select(k => newByKey.GetValueOrDefault(k)).FirstOrDefault(c => c is not null && !matchedNew.Contains(c.Id));
            if (n is null) changes.Add(new("removed", o.Id, o.NameEn, "company", Describe(old, o), null));
            else { pairs.Add((o, n)); matchedNew.Add(n.Id); }
        }
        foreach (var n in @new.Companies.Where(c => !matchedNew.Contains(c.Id)))
            changes.Add(new("added", n.Id, n.NameEn, "company", null, Describe(@new, n)));

        foreach (var (o, n) in pairs)
        {
            void Changed(string field, string? a, string? b)
            {
                if (!string.Equals(a, b, StringComparison.Ordinal)) changes.Add(new("changed", n.Id, n.NameEn, field, a, b));
            }
            void Sets(string field, IEnumerable<string> a, IEnumerable<string> b)
            {
                var before = a.ToHashSet(StringComparer.Ordinal);
                var after = b.ToHashSet(StringComparer.Ordinal);
                foreach (var x in before.Except(after).Order(StringComparer.Ordinal)) changes.Add(new("removed", n.Id, n.NameEn, field, x, null));
                foreach (var x in after.Except(before).Order(StringComparer.Ordinal)) changes.Add(new("added", n.Id, n.NameEn, field, null, x));
            }
            Changed("id", o.Id, n.Id);
            Changed("name", o.NameEn, n.NameEn);
            Changed("basis", Wording.Code(o.Basis), Wording.Code(n.Basis));
            Changed("parent", o.ParentId, n.ParentId);
            Changed("lei", o.Lei, n.Lei);
            Sets("isin", o.Isins, n.Isins);
            Sets("listing", o.Listings.Select(l => l.ToString()), n.Listings.Select(l => l.ToString()));
            Sets("uscc", Uscc(old, o), Uscc(@new, n));
            Sets("alias", old.NamesOf(o.Id).Select(x => x.Name), @new.NamesOf(n.Id).Select(x => x.Name));
            Sets("allegation", old.AllegationsOf(o.Id).Select(a => Allegation(a, oldName)), @new.AllegationsOf(n.Id).Select(a => Allegation(a, newName)));
        }
        return changes
            .OrderBy(c => c.CompanyId, StringComparer.Ordinal)
            .ThenBy(c => c.Field == "company" ? 0 : 1)
            .ToList();
    }

    private static string Describe(ReferenceData data, Company c)
    {
        var ids = c.Isins.Select(i => "ISIN " + i).Concat(c.Listings.Select(l => l.ToString()));
        if (c.Lei is { } lei) ids = ids.Append("LEI " + lei);
        var text = string.Join(", ", ids);
        var lists = data.AllegationsOf(c.Id).Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal);
        return $"{c.NameEn}{(text.Length > 0 ? $" ({text})" : "")}; {string.Join("; ", lists)}";
    }

    private static IEnumerable<string> Uscc(ReferenceData data, Company c) =>
        data.SourcesOf(c.Id).Where(s => s.Field == "uscc").Select(s => s.Value).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Keys(ReferenceData data, Company c)
    {
        foreach (var i in c.Isins) yield return "isin:" + i;
        if (c.Lei is { } lei) yield return "lei:" + lei;
        foreach (var u in Uscc(data, c)) yield return "uscc:" + u.ToUpperInvariant();
    }
}
