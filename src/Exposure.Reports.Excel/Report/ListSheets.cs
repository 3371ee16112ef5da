using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Report;

/// <summary>The lists screened against (name, publisher, format, date, entries, SHA-256, licence) and what a person should look at in them.</summary>
internal static class ListSheets
{
    public static TableSheet<ListInfo> Lists() => new TableSheet<ListInfo>("Lists")
        .Text("List", 40, l => l.Name)
        .Text("Publisher", 28, l => l.Publisher ?? "not stated")
        .Text("Format", 18, l => l.Format)
        .Text("File", 40, l => l.File)
        .Text("Date", 12, l => l.DateShown)
        .Integer("Entries", 10, l => l.Entries)
        .Integer("Left out", 10, l => l.EntriesLeftOut)
        .Integer("Companies", 10, l => l.Companies)
        .Text("Kind of source", 22, l => Core.Reference.SourceKinds.Describe(l.SourceKind))
        .Text("Licence", 36, l => l.Licence ?? "not stated")
        .Integer("Problems reported", 10, l => l.Problems)
        .Text("SHA-256", 68, l => l.Sha256);

    public static TableSheet<ListReviewRow> ListReview() => new TableSheet<ListReviewRow>("List review")
        .Text("What", 24, r => r.What)
        .Text("List", 32, r => r.List)
        .Text("File", 32, r => r.File)
        .Integer("Line", 8, r => r.Line)
        .WrappedText("Detail", 100, r => r.Detail);

    public static IEnumerable<ListReviewRow> ReviewRows(ListsUsed lists)
    {
        foreach (var p in lists.NamePairs)
            yield return new("same name, no identifier", $"{p.ListName} / {p.OtherListName}", null, null,
                $"'{p.Name}': {p.CompanyId} ({p.ListName}) and {p.OtherCompanyId} ({p.OtherListName}) kept apart; decide whether they are one company");
        foreach (var j in lists.Joined)
            yield return new("joined as one company", $"{j.ListName} / {j.OtherListName}", null, null,
                $"{j.CompanyId}: '{j.Name}' ({j.ListCompanyId}, {j.ListName}) and '{j.OtherName}' ({j.OtherListCompanyId}, {j.OtherListName}) share {Wording.JoinKey(j.Key)} {j.Value}");
        foreach (var c in lists.Conflicts)
            yield return c.NamesDiffer
                ? new("identifier, names differ", null, null, null, $"{c.Field} {c.Value}: {c.CompanyId} and {c.OtherCompanyId} kept apart: {c.Note}")
                : new("identifier conflict", null, null, null, $"{c.Field} {c.Value}: {c.CompanyId} and {c.OtherCompanyId}: {c.Note}");
        // What was left out of each file, by kind and reason: with the entries imported, every entry of the file.
        foreach (var l in lists.Lists)
            foreach (var g in l.LeftOut ?? [])
                yield return new("entries left out", l.Name, l.File, null, $"{g.Counted}: {g.Reason}");
        foreach (var i in lists.Issues)
            yield return new("value left out", i.ListName, i.File, i.Line, i.Problem);
    }
}
