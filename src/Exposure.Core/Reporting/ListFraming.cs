using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>
/// What the reports say the companies are named for, made true of every list screened against. The bundled list (and a
/// list folder in its schema) names companies in connection with alleged Uyghur forced labour or Xinjiang surveillance;
/// another list — an official list, a trustee's policy list — names them for the reasons it gives. When any such list
/// is screened against, the reports say what each list is and that companies appear because a list names them, and keep
/// the Uyghur forced-labour words for the lists that are about it.
/// </summary>
public static class ListFraming
{
    /// <summary>Every list screened against is about Uyghur forced labour (or the run names none, as a report built in memory).</summary>
    public static bool UyghurOnly(ListsUsed? lists) => lists is null || lists.Lists.All(l => l.AboutUyghurForcedLabour);

    /// <summary>"the list screened against", or "the lists screened against" when there are several.</summary>
    public static string TheLists(ListsUsed? lists) => lists is { Lists.Count: 1 } ? "the list screened against" : "the lists screened against";

    /// <summary>
    /// The report's title, in every output alike: <paramref name="uyghurTitle"/> when every list is about Uyghur forced
    /// labour, else naming the lists as they name themselves: "Exposure to companies on the DHS UFLPA Entity List".
    /// </summary>
    public static string Title(ListsUsed? lists, string uyghurTitle) =>
        UyghurOnly(lists) ? uyghurTitle : $"Exposure to companies {OnTheLists(lists)}";

    /// <summary>
    /// The running header: <paramref name="uyghurTitle"/> when every list is about Uyghur forced labour, else naming the
    /// list, as <see cref="Title"/> does; several lists are counted, so that the header stays one line ("Exposure report ·
    /// companies on the 2 lists screened against"), and the cover names them.
    /// </summary>
    public static string ShortTitle(ListsUsed? lists, string uyghurTitle) =>
        UyghurOnly(lists) ? uyghurTitle
            : lists!.Lists.Count > 1 ? $"Exposure report · companies {On(lists)}the {Wording.Number(lists.Lists.Count)} lists screened against"
            : $"Exposure report · companies {OnTheLists(lists)}";

    /// <summary>
    /// "on the DHS UFLPA Entity List" where every list is an official one, which lists, not names; "named on the Exposure
    /// bundled list and the Example Pension Trust exclusion list 2026-Q4" otherwise.
    /// </summary>
    private static string OnTheLists(ListsUsed? lists) => On(lists) + Named(lists);

    /// <summary>"on " where every list is an official one, which lists, not names; "named on " otherwise.</summary>
    private static string On(ListsUsed? lists) => ListTerms.Of(lists).ListedOnly ? "on " : "named on ";

    /// <summary>
    /// The lists screened against by the names their own files or folders give them: "the DHS UFLPA Entity List"; "the A and
    /// the B"; "the A, the B and the C". <see cref="TheLists"/> where the run names none.
    /// </summary>
    private static string Named(ListsUsed? lists)
    {
        var names = lists?.Lists.Select(l => l.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(n => n.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? n : "the " + n).ToList();
        return names switch
        {
            null or [] => TheLists(lists),
            [var one] => one,
            _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
        };
    }

    /// <summary>
    /// A list as it states itself: "Example Pension Trust exclusion list 2026-Q4, published by Example Pension Trust,
    /// dated 2026-10-01"; "Exposure bundled list, version 2026.12.04".
    /// </summary>
    public static string Describe(ListInfo list)
    {
        var text = list.Name;
        if (list.Publisher is { Length: > 0 } publisher && !string.Equals(publisher, list.Name, StringComparison.Ordinal)) text += $", published by {publisher}";
        if (list.Date is { Length: > 0 } date)
            text += AllegationDates.Parse(date) is null ? $", version {date}"
                : list.DateIsFileModified ? $", file downloaded or last modified on {date} (the list's own date is not stated)"
                : $", dated {date}";
        return text;
    }

    /// <summary>
    /// What was left out of a list's file and why, kinds with the same reason together: "2 individuals and 1 vessel (only
    /// companies and organisations are imported); 1 untyped entry that looks like a person (…)". Null when nothing was
    /// left out or it is not known.
    /// </summary>
    public static string? LeftOut(ListInfo list)
    {
        if (list.LeftOut is not { Count: > 0 } leftOut) return null;
        return string.Join("; ", leftOut.GroupBy(l => l.Reason, StringComparer.Ordinal)
            .Select(g => $"{Joined(g.Select(l => l.Counted).ToList())} ({g.Key})"));
    }

    /// <summary>Conflicts of this many identifiers are told in full in the methodology; the rest are counted.</summary>
    private const int NameConflictsShown = 5;

    /// <summary>
    /// The identifiers two lists give to companies whose names have next to nothing alike, for the methodology: they were
    /// not joined, each conflict named so that a person decides. Null when there are none.
    /// </summary>
    public static string? NameConflicts(ListsUsed? lists)
    {
        var conflicts = lists?.Conflicts.Where(c => c.NamesDiffer).ToList();
        if (conflicts is not { Count: > 0 }) return null;
        var told = string.Join("; ", conflicts.Take(NameConflictsShown).Select(c => $"{(c.Field == "listing" ? "listing" : c.Field.ToUpperInvariant())} {c.Value}: {c.Note}"));
        var more = conflicts.Count > NameConflictsShown ? $"; and {Wording.Count(conflicts.Count - NameConflictsShown, "more", "more")}" : "";
        return (conflicts.Count == 1 ? "An identifier two lists give to different companies was" : $"{Wording.Number(conflicts.Count)} identifiers two lists give to different companies were") +
            $" not used to join them, for a person to decide: {told}{more} (workbook List review, JSON run.lists.conflicts).";
    }

    /// <summary>
    /// Every entry of a list's file in one state: "12 entries in the file: 9 imported, 3 left out: 2 individuals and 1
    /// vessel (only companies and organisations are imported)"; "9 entries imported" where what was left out is not known.
    /// </summary>
    public static string EntriesAccounted(ListInfo list) => list.EntriesInFile is not { } inFile
        ? $"{Wording.Count(list.Entries, "entry", "entries")} imported (entries left out of the file not recorded)"
        : list.EntriesLeftOut is not > 0
            ? $"{Wording.Count(inFile, "entry", "entries")} in the file, all imported"
            : $"{Wording.Count(inFile, "entry", "entries")} in the file: {Wording.Number(list.Entries)} imported, {Wording.Number(list.EntriesLeftOut.Value)} left out: {LeftOut(list)}";

    /// <summary>
    /// A list whose file states how many entries it holds and holds another number: "the file states 7 entries; 4 were
    /// read". Null when the two agree, or either is not known.
    /// </summary>
    public static string? EntriesDisagree(ListInfo list) =>
        list.EntriesStated is { } stated && list.EntriesInFile is { } read && stated != read
            ? $"the file states {Wording.Count(stated, "entry", "entries")}; {Wording.Number(read)} {(read == 1 ? "was" : "were")} read"
            : null;

    /// <summary>
    /// <see cref="EntriesDisagree"/> as every report says it beside the figures: "OFAC SDN List (SDN.XML): the file states 7
    /// entries; 4 were read: it is not the whole list it says it is (cut short or edited), and companies the list names may
    /// be missing from this report.". Null when the counts agree or are not known.
    /// </summary>
    public static string? Incomplete(ListInfo list) => EntriesDisagree(list) is { } disagree
        ? $"{list.Name} ({list.File}): {disagree}: it is not the whole list it says it is (cut short or edited), and companies the list names may be missing from this report."
        : null;

    /// <summary>The lists, each described, in a sentence: "A; and B" (one list: "A").</summary>
    public static string DescribeAll(IEnumerable<ListInfo> lists)
    {
        var all = lists.Select(Describe).ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => $"{string.Join("; ", all.Take(all.Count - 1))}; and {all[^1]}",
        };
    }

    /// <summary>
    /// Why companies appear, when not every list is about Uyghur forced labour: each list named, and the forced-labour
    /// words kept to the lists about it. Null when every list is (the report keeps its own words).
    /// </summary>
    public static string? WhyNamed(ListsUsed? lists)
    {
        if (UyghurOnly(lists)) return null;
        var all = lists!.Lists;
        var uyghur = all.Where(l => l.AboutUyghurForcedLabour).ToList();
        // The UFLPA Entity List's ground is forced labour in Xinjiang: it is not a list that names companies for reasons of its own.
        var uflpa = all.Where(l => !l.AboutUyghurForcedLabour && l.Format == UflpaFormat).ToList();
        var others = all.Where(l => !l.AboutUyghurForcedLabour && l.Format != UflpaFormat).ToList();
        var text = (all.Count == 1
            ? $"Companies appear here because the list screened against names them: {Describe(all[0])}. "
            : $"Companies appear here because a list screened against names them, or names their parent or subsidiary. The lists are: {DescribeAll(all)}. ");
        if (uyghur.Count > 0)
            text += $"{Names(uyghur)} {Wording.Verb(uyghur.Count, "names", "name")} companies because public sources — government lists, or reports by " +
                "researchers, journalists and NGOs — name them in connection with alleged Uyghur forced labour or Xinjiang's surveillance and internment apparatus. ";
        if (uflpa.Count > 0)
            text += $"{Names(uflpa)} {Wording.Verb(uflpa.Count, "lists", "list")} companies under the Uyghur Forced Labor Prevention Act: the US Forced " +
                "Labor Enforcement Task Force designates them as linked to forced labour in Xinjiang or to the transfer of Uyghurs and other persecuted " +
                "groups for labour, each under the section of the Act the list states. ";
        if (others.Count > 0)
            text += $"{Names(others)} {Wording.Verb(others.Count, "names", "name")} companies for {Wording.Verb(others.Count, "its", "their")} own reasons, " +
                $"given with each company as the list states {Wording.Verb(others.Count, "it", "them")}; this report does not say that a company named only by " +
                $"{Wording.Verb(others.Count, "it", "them")} is named in connection with Uyghur forced labour.";
        return text.TrimEnd();
    }

    /// <summary>The format of a saved UFLPA Entity List page (Exposure.Lists' <c>ListFormats.Uflpa</c>).</summary>
    private const string UflpaFormat = "us-uflpa-html";

    /// <summary>
    /// What the holdings were screened against, inside a sentence: "reference list version 2026.12.04" for the bundled
    /// list alone; else each list as it states itself ("2 lists (Exposure bundled list, version 2026.12.04; and ...)").
    /// </summary>
    public static string ScreenedAgainst(RunInfo run) =>
        run.Lists is { } lists && (lists.Lists.Count > 1 || !UyghurOnly(lists))
            ? lists.Lists.Count == 1 ? $"the list {Describe(lists.Lists[0])}" : $"{Wording.Count(lists.Lists.Count, "list", "lists")} ({DescribeAll(lists.Lists)})"
            : $"reference list version {run.ReferenceDataVersion}";

    /// <summary>
    /// What the companies screened for are, inside a sentence: "companies that public sources name in connection with
    /// alleged Uyghur forced labour or Xinjiang surveillance" when every list is about it, else "companies that the lists
    /// screened against name". Not "listed companies": the bundled list holds unlisted companies too, and a list of one's
    /// own may.
    /// </summary>
    public static string Companies(ListsUsed? lists) => UyghurOnly(lists)
        ? "companies that public sources name in connection with alleged Uyghur forced labour or Xinjiang surveillance"
        : ListTerms.Of(lists).ListedOnly ? $"companies on {TheLists(lists)}"
        : lists!.Lists.Count == 1 ? "companies that the list screened against names" : "companies that the lists screened against name";

    /// <summary>
    /// The list a company's allegation comes from, as the list states itself, when that list is not about Uyghur forced
    /// labour: "Example Pension Trust exclusion list 2026-Q4, published by Example Pension Trust, dated 2026-10-01: a list
    /// screened against, which names the company for the reason it gives"; an official list, "…: a list screened against,
    /// which lists the company on the grounds it states". Null for the bundled list's allegations.
    /// </summary>
    /// <param name="listName">The allegation's list, where several lists are combined; null when one list is screened against.</param>
    /// <param name="lists">The lists of the run.</param>
    public static string? ListOf(string? listName, ListsUsed? lists)
    {
        var list = ListInfoOf(listName, lists);
        return list is null || list.AboutUyghurForcedLabour
            ? null
            : ListsCompanies(list) ? $"{Describe(list)}: a list screened against, which lists the company on the grounds it states"
            : $"{Describe(list)}: a list screened against, which names the company for the reason it gives";
    }

    /// <summary>The list an allegation comes from: the one named, or the only list screened against; null when not known.</summary>
    /// <param name="listName">The allegation's list, where several lists are combined; null when one list is screened against.</param>
    /// <param name="lists">The lists of the run.</param>
    public static ListInfo? ListInfoOf(string? listName, ListsUsed? lists) =>
        lists is null ? null
        : listName is { } name ? lists.Lists.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal))
        : lists.Lists.Count == 1 ? lists.Lists[0] : null;

    /// <summary>
    /// The lists that name a company, from its allegations' lists: each once, in the order the lists were given to the run
    /// (a list the run does not know last). Null where no allegation names its list (one list screened against).
    /// </summary>
    /// <param name="listNames">The lists of the company's allegations (<see cref="Reference.Allegation.ListName"/>).</param>
    /// <param name="lists">The lists of the run.</param>
    public static IReadOnlyList<string>? Naming(IEnumerable<string?> listNames, ListsUsed? lists)
    {
        var names = listNames.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0) return null;
        var given = lists?.Lists.Select(l => l.Name).ToList() ?? [];
        return names.OrderBy(n => given.IndexOf(n) is >= 0 and var at ? at : int.MaxValue).ThenBy(n => n, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The companies of the lists screened against, after their count: "listed companies" for the bundled list (companies
    /// listed on a stock exchange); for any other, which may name companies that are not, "companies on the list" or
    /// "companies on the lists".
    /// </summary>
    public static string CompaniesCounted(int count, ListsUsed? lists) => UyghurOnly(lists)
        ? count == 1 ? "listed company" : "listed companies"
        : (count == 1 ? "company on the " : "companies on the ") + (lists!.Lists.Count == 1 ? "list" : "lists");

    /// <summary>
    /// The same from what the list holds, counted from its data: "listed companies" where the bundled list gives every one
    /// a stock-exchange listing; "companies (44 listed on a stock exchange)" where some have none; as
    /// <see cref="CompaniesCounted(int, ListsUsed?)"/> for any other list.
    /// </summary>
    public static string CompaniesCounted(ReferenceDataCounts counts, ListsUsed? lists) =>
        UyghurOnly(lists) && Unlisted(counts) > 0
            ? $"{(counts.Companies == 1 ? "company" : "companies")} ({(counts.CompaniesListed == 0 ? "none" : Wording.Number(counts.CompaniesListed!.Value))} listed on a stock exchange)"
            : CompaniesCounted(counts.Companies, lists);

    /// <summary>
    /// Who is on the list, for the methodology: "Only listed companies are on the list: unlisted suppliers are not on it";
    /// where the bundled list holds unlisted companies too, how many, counted from its data.
    /// </summary>
    public static string WhoIsOnTheList(ReferenceDataCounts counts, ListsUsed? lists) =>
        UyghurOnly(lists) && Unlisted(counts) is > 0 and var unlisted
            ? $"The list holds listed companies and {Wording.Count(unlisted, "unlisted company", "unlisted companies")} its sources name: other unlisted suppliers are not on it"
            : "Only listed companies are on the list: unlisted suppliers are not on it";

    private static int Unlisted(ReferenceDataCounts counts) => counts.CompaniesListed is { } listed ? counts.Companies - listed : 0;

    /// <summary>
    /// The list's entries are listings: an official list or a copy of one, neither the bundled list (nor a folder in its
    /// schema) nor a list of one's own written in a spreadsheet, whose rows are "named by" it.
    /// </summary>
    public static bool ListsCompanies(ListInfo list) => !list.AboutUyghurForcedLabour && !string.Equals(list.Format, "spreadsheet", StringComparison.Ordinal);

    /// <summary>
    /// The allegations of the lists screened against, after their count: "allegations"; "listings" where every list is an
    /// official one (<see cref="ListsCompanies"/>); "allegations and listings" where some are.
    /// </summary>
    public static string AllegationsCounted(int count, ListsUsed? lists) => ListTerms.Of(lists).EntriesCounted(count);

    private static string Joined(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";

    private static string Names(IReadOnlyList<ListInfo> lists) =>
        lists.Count == 1 ? lists[0].Name : $"{string.Join(", ", lists.Take(lists.Count - 1).Select(l => l.Name))} and {lists[^1].Name}";
}
