using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>
/// The words and codes every output uses for the model's values, so that the PDF, the web page, the workbook, the CSV
/// files and the terminal say the same: the states and bases, categories and listings in plain words, counts with their
/// nouns in the right number ("1 line", "2 lines"), dates as readers say them, and the sentences that go beside figures.
/// </summary>
public static class Wording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Shown for a value the file did not give, or gave in a form that could not be read.</summary>
    public const string Unknown = "unknown";

    /// <summary>Shown where the model gives no total (funds in different currencies).</summary>
    public const string NotGiven = "not given";

    /// <summary>
    /// Beside an amount of a fund whose file gives no currency, in a report where other funds' amounts carry theirs
    /// ("(currency not given)", after <paramref name="before"/>), so that it is not read as in their currency; empty
    /// otherwise, and beside nothing, zero or an amount in a currency. Where no fund gives a currency, no amount carries one
    /// and none is marked. The amount is as the file gives it, never converted.
    /// </summary>
    /// <param name="before">What separates the words from the amount: a space, or a line break where a narrow column holds them.</param>
    public static string CurrencyNotGiven(ExposureReport report, decimal? value, string? currency, string before = " ")
    {
        ArgumentNullException.ThrowIfNull(report);
        return value is null or 0 || currency is not null || !report.Funds.Any(f => f.Currency is not null) ? "" : before + "(currency not given)";
    }

    /// <summary>A company's country, or that its list gives none (a list of one's own without the column): never a blank beside "Country".</summary>
    public static string CompanyCountry(string? country) => string.IsNullOrWhiteSpace(country) ? "not given by the list" : country;

    /// <summary>Shown for a scheme whose portfolio file gives no as-of date.</summary>
    public const string NoSchemeDate = "not given by the portfolio file";

    /// <summary>Shown for the latest snapshot of a scheme's holding that has no holdings file.</summary>
    public const string NoFile = "no file";

    /// <summary>Who decided, when reviewers' names are not to be published.</summary>
    public const string ReviewerWithheld = Review.ReviewBook.ReviewerWithheld;

    /// <summary>The report's title, in every output alike, when every list screened against is about Uyghur forced labour (<see cref="ListFraming.Title"/>).</summary>
    public const string ReportTitle = "Exposure to companies named in connection with Uyghur forced labour and Xinjiang surveillance";

    /// <summary>The label of the holding rows a person's decision matched (<see cref="Review.ReviewOutcome.RowsAccepted"/>).</summary>
    public const string RowsAcceptedLabel = "Holding rows matched because a person accepted the candidate";

    /// <summary>
    /// The label of the holding rows a person's decision set aside (<see cref="Review.ReviewOutcome.RowsRejected"/>): a
    /// candidate awaiting review, or a match a rule made that a person found wrong (<see cref="MatchesOverturnedLabel"/>).
    /// </summary>
    public const string RowsRejectedLabel = "Holding rows set aside (unmatched) by a person's decision";

    /// <summary>The label of the rows set aside that a rule had matched (<see cref="Review.ReviewOutcome.MatchesOverturned"/>), under <see cref="RowsRejectedLabel"/>.</summary>
    public const string MatchesOverturnedLabel = "of them, matches a rule had made that a person overturned (the others were candidates a person rejected)";

    /// <summary>A count with thousands separators: "1,234".</summary>
    public static string Number(long count) => count.ToString("#,0", Invariant);

    /// <summary>Percentage points as the model gives them (weight tolerance, weight differences): "0.0049 pp".</summary>
    public static string PercentagePoints(decimal points) => points.ToString("0.####", Invariant) + " pp";

    /// <summary>A run's time, when the user asked for one: "2026-12-04 17:09 UTC".</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);

    /// <summary>
    /// "fund value: sum of rows", with how far its rows are from the net assets it states where they disagree
    /// (<see cref="NetAssetsCheck"/>), the weights' basis when they are the file's own and the rows whose value is unknown.
    /// </summary>
    public static string FundBasis(FundExposure fund) =>
        $"fund value: {FundValueBasisText(fund)}" +
        (fund.WeightBasis == WeightBasis.FileWeights ? " · weights: the file's own" : "") +
        (fund.ValuesUnknown.Rows > 0 ? $" · {Count(fund.ValuesUnknown.Rows, "value", "values")} unknown" : "");

    /// <summary>How a fund's value was arrived at, with how far its rows are from the net assets it states where they disagree: "stated net assets (rows add up to 120% of it)".</summary>
    public static string FundValueBasisText(FundExposure fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return Of(fund.FundValueBasis) + (NetAssetsCheck.Beside(fund) is { } note ? $" ({note})" : "");
    }

    /// <summary>A count and its noun in the right number: "1 line", "2 lines", "0 lines".</summary>
    public static string Count(long count, string one, string many) => $"{Number(count)} {(count == 1 ? one : many)}";

    /// <summary>The verb that goes with a count: "is" or "are", "was" or "were", "has" or "have".</summary>
    public static string Verb(long count, string one, string many) => count == 1 ? one : many;

    /// <summary>A category of allegation in words: "Forced labour" for <c>forced-labour</c>.</summary>
    public static string Category(string code) => code switch
    {
        "forced-labour" => "Forced labour",
        "labour-transfer" => "Labour transfer",
        "surveillance" => "Surveillance",
        "sanctioned" => "Sanctioned",
        _ => Capitalised(code.Replace('-', ' ').Replace('_', ' ')),
    };

    /// <summary>
    /// A category of allegation in words with the list it is of, where several lists are screened together: "Forced
    /// labour (Example Pension Trust exclusion list)"; as <see cref="Category(string)"/> when <paramref name="list"/> is null.
    /// </summary>
    public static string Category(string code, string? list) => list is null ? Category(code) : $"{Category(code)} ({list})";

    /// <summary>A fund's category in words, with its list where several lists are screened together.</summary>
    public static string Category(CategoryExposure category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return Category(category.Category, category.List);
    }

    /// <summary>
    /// The note of a chart of categories that draws fewer of them than its funds have (<see cref="CategoryFills.Drawn"/>):
    /// which are drawn, and that <paramref name="where"/> lists every one; empty when every one is drawn.
    /// </summary>
    public static string CategoriesDrawn(CategorySeries series, ListTerms terms, string where)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(terms);
        return series.Series.Count < series.Total
            ? $" Of the {Number(series.Total)} {terms.Categories}, the {Number(series.Series.Count)} with the largest flagged weight in a fund are drawn, each in a fill of its own; {where} lists every one."
            : "";
    }

    /// <summary>Written for a fund in a chart of categories when none of its categories is among those drawn.</summary>
    public static string NoCategoryDrawn(ListTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return $"none of its {terms.Categories} is drawn";
    }

    /// <summary>Categories in words, in a list: "Forced labour, Surveillance"; a dash for none.</summary>
    public static string Categories(IEnumerable<string> codes) => string.Join(", ", codes.Select(Category)) is { Length: > 0 } text ? text : "—";

    /// <summary>A listing in words: "Shanghai Stock Exchange 601899"; the code form (<c>XSHG:601899</c>) when the exchange is not known.</summary>
    public static string Listing(string mic, string code, string? exchangeName) =>
        string.IsNullOrWhiteSpace(exchangeName) ? $"{mic}:{code}" : $"{exchangeName} {code}";

    /// <summary>A day as readers say the month: "March 2022".</summary>
    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", Invariant);

    /// <summary>A list's date at its precision: "August 2024" for <c>2024-08-09</c> or <c>2024-08</c>, "2024" for <c>2024</c>; as written when not a date.</summary>
    public static string Month(string date) => AllegationDates.Parse(date) switch
    {
        (var d, DatePrecision.Year) => d.Year.ToString(Invariant),
        (var d, _) => Month(d),
        null => date,
    };

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", Invariant) ?? Unknown;

    /// <summary>
    /// "The report of 2026-04-30 lists no holdings; the fund's net assets are as stated.": a filing's report that lists no
    /// holdings (a fund liquidated, or an amendment listing none), said where its fund's notes are.
    /// </summary>
    public static string NoHoldings(DateOnly? asOf) =>
        $"The report of {(asOf is null ? "an unknown date" : Date(asOf))} lists no holdings; the fund's net assets are as stated.";

    /// <summary>
    /// "Listed on UFLPA Entity List in August 2024 and January 2025; named in Hong Kong Watch report in December 2022;
    /// these holdings are from March 2022 (2022-03-10)": the allegations dated after holdings of one date, by list or report.
    /// Who each names is said: the company itself first ("named in …"), then each relative by the name the source gives
    /// ("its subsidiary Xinjiang Daqo New Energy Co., Ltd. named in UFLPA Entity List in November 2024").
    /// </summary>
    /// <param name="allHoldings">
    /// Whether every holding of the company is of <paramref name="holdingsAsOf"/>; where some are of another date or of
    /// none known, the sentence names the holdings by their date ("its holdings as of 2022-03-10 are from March 2022, its
    /// other holdings of another date or of none known").
    /// </param>
    public static string LaterAllegations(IEnumerable<LaterRow> allegations, DateOnly holdingsAsOf, bool allHoldings = true)
    {
        var parts = allegations
            .GroupBy(a => (a.Relation, Subject: a.Relation == SubjectRelation.Self ? "" : a.SubjectName, a.Listed, a.ListOrReport, a.DateKind))
            .OrderBy(g => g.Key.Relation == SubjectRelation.Self ? 0 : 1)
            .Select(g =>
            {
                var months = g.Select(a => (Parsed: AllegationDates.Parse(a.Date), Text: Month(a.Date)))
                    .OrderBy(m => m.Parsed?.Start ?? DateOnly.MaxValue)
                    .Select(m => m.Text)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var when = months.Count == 1 ? months[0] : $"{string.Join(", ", months.Take(months.Count - 1))} and {months[^1]}";
                var who = g.Key.Relation switch
                {
                    SubjectRelation.Self => "",
                    SubjectRelation.Subsidiary => $"its subsidiary {g.Key.Subject} ",
                    SubjectRelation.Parent => $"its parent {g.Key.Subject} ",
                    _ => $"its affiliate {g.Key.Subject} ",
                };
                // A date that is not a listing or publication date says what it is: "listed on X, effective August 2021".
                var at = g.Key.DateKind switch
                {
                    DateKinds.Effective => $", effective {when}",
                    DateKinds.FirstSeen => $", first seen {when}",
                    _ => $" in {when}",
                };
                return who + (g.Key.Listed ? $"listed on {g.Key.ListOrReport}" : $"named in {g.Key.ListOrReport}") + at;
            })
            .ToList();
        var text = string.Join("; ", parts) + (allHoldings
            ? $"; these holdings are from {Month(holdingsAsOf)} ({Date(holdingsAsOf)})"
            : $"; its holdings as of {Date(holdingsAsOf)} are from {Month(holdingsAsOf)}, its other holdings of another date or of none known");
        return Capitalised(text);
    }

    /// <summary>
    /// Where a company is shown: its allegations dated after the holdings, and what that means — that at the holdings'
    /// date the list said less of it, or nothing at all when every allegation is later.
    /// </summary>
    public static string LaterThanHoldings(CompanyExposure company) =>
        LaterThanHoldings(company.LaterThanHoldings, company.Allegations.Count, company.Holdings.Select(h => h.AsOf).Distinct().Count() == 1);

    /// <param name="later">The allegations dated after holdings of the company, one entry per as-of date.</param>
    /// <param name="allegations">How many allegations the list gives for the company.</param>
    /// <param name="allOneDate">
    /// Whether every holding of the company is of one date. Where some are of another date or of none known, what the list
    /// said is told of "those holdings" only, at their date or dates, never of the holdings as a whole.
    /// </param>
    public static string LaterThanHoldings(IReadOnlyList<LaterAllegation> later, int allegations, bool allOneDate)
    {
        ArgumentNullException.ThrowIfNull(later);
        var at = allOneDate ? "At the holdings' date"
            : later.Count == 1 ? $"At {Date(later[0].HoldingsAsOf)}, the date of those holdings"
            : "At the dates of those holdings";
        // Several dates: "none had been made" only where that is so at every one of them.
        var none = later.Count > 0 && (later.Count == 1 || allOneDate
            ? later.Any(l => l.AllegationIds.Count == allegations)
            : later.All(l => l.AllegationIds.Count == allegations));
        return string.Join("; ", later.Select(l => l.Text)) + ". " + (none
            ? $"{at}, none of the allegations this list now gives for the company had been made."
            : $"{at}, the list said less of this company than it says now.");
    }

    /// <summary>The holdings' dates: "2022-03-10", "2022-03-10 to 2025-01-31 (the funds' dates differ)", "unknown"; and for how many funds a date is not known.</summary>
    /// <summary>The same for any set of as-of dates (a scheme's holdings, looked through from each one's latest file).</summary>
    public static string HoldingsAsOf(IEnumerable<DateOnly?> asOf)
    {
        var all = asOf.ToList();
        var known = all.OfType<DateOnly>().ToList();
        return HoldingsAsOf(new ReportDates(known.Count == 0 ? null : known.Min(), known.Count == 0 ? null : known.Max(), all.Count(d => d is null), "", null, null, null));
    }

    public static string HoldingsAsOf(ReportDates dates)
    {
        var text = dates.HoldingsFrom is not { } from ? Unknown
            : dates.HoldingsTo is { } to && to != from ? $"{Date(from)} to {Date(to)} (the funds' dates differ)"
            : Date(from);
        return dates.FundsWithoutDate > 0 && dates.HoldingsFrom is not null
            ? $"{text}; not known for {Count(dates.FundsWithoutDate, "fund", "funds")}"
            : text;
    }

    /// <summary>The list's version and dates: "version 2026.12.04; latest allegation dated 2025-01-15", and the date it is taken as of.</summary>
    public static string ListDates(ReportDates dates)
    {
        var text = $"version {dates.ListVersion}";
        // A version written YYYY.MM.DD is the date it gives: the same date written YYYY-MM-DD is not said twice. A folder's
        // version that is no date ("v3") is not a date either: it is given once, as the version, as ListFraming.Describe does.
        if (dates.ListDate is { } listDate && AllegationDates.Parse(listDate) is not null
            && !string.Equals(listDate.Replace('-', '.'), dates.ListVersion, StringComparison.Ordinal)) text += $", dated {listDate}";
        if (dates.LatestAllegation is { } latest) text += $"; latest allegation dated {latest}";
        if (dates.ListAsOf is { } asOf) text += $"; as it stood on {Date(asOf)}";
        return text;
    }

    /// <summary>
    /// The same when the run names its lists: with more than one list, or a list not about Uyghur forced labour, each list
    /// as it states itself ("Exposure bundled list, version 2026.12.04 + Example Pension Trust exclusion list 2026-Q4,
    /// published by Example Pension Trust, dated 2026-10-01; latest allegation dated 2026-10-01"). A list file that holds
    /// another number of entries than it states says so beside it ("OFAC SDN List, …, dated 2026-11-28 (not whole: the
    /// file states 7 entries; 4 were read)").
    /// </summary>
    public static string ListDates(ReportDates dates, ListsUsed? lists)
    {
        if (lists is null || (lists.Lists.Count <= 1 && ListFraming.UyghurOnly(lists))) return ListDates(dates);
        var text = string.Join(" + ", lists.Lists.Select(l => ListFraming.Describe(l) + (ListFraming.EntriesDisagree(l) is { } disagree ? $" (not whole: {disagree})" : "")));
        if (dates.LatestAllegation is { } latest) text += $"; latest {ListTerms.Of(lists).Entry} dated {latest}";
        if (dates.ListAsOf is { } asOf) text += $"; as it stood on {Date(asOf)}";
        return text;
    }

    /// <summary>
    /// What the table of the lists screened against follows, in the methodology: "The list screened against:", or how
    /// several lists were combined ("3 lists were screened against, combined: companies that share an ISIN, …").
    /// </summary>
    public static string ListsIntro(ListsUsed used, ListTerms terms) => used.Lists.Count == 1
        ? "The list screened against:"
        : $"{Number(used.Lists.Count)} lists were screened against, combined: companies that share an ISIN, an LEI, a " +
          "Unified Social Credit Code or a listing, or the same legal name in the same country with no LEI or USCC telling them apart, " +
          $"are one company carrying every list's {terms.Entries}; companies whose names agree otherwise are kept apart.";

    /// <summary>The columns of the table of the lists screened against, in order: the list's name, format, date, entries imported, licence and the file's SHA-256.</summary>
    public static readonly IReadOnlyList<string> ListsColumns = ["List", "Format", "Date", "Entries", "Licence", "SHA-256"];

    /// <summary>A list's licence in the table of the lists: as the file or the user states it, else "not stated".</summary>
    public static string ListLicence(ListInfo list) => list.Licence ?? "not stated";

    /// <summary>
    /// Under the table of the lists, where a file's entries were left out: the Entries column counts those imported, and
    /// each such list gives its file's entries with the reason for those left out. Null when no list left any out.
    /// </summary>
    public static string? ListsLeftOut(ListsUsed used)
    {
        var leftOut = used.Lists.Where(l => l.EntriesLeftOut is > 0).ToList();
        return leftOut.Count == 0 ? null
            : "The Entries column counts the entries imported; the other entries of a file were left out, counted here with the reason. " +
              string.Join(" ", leftOut.Select(l => $"{l.Name}: {ListFraming.EntriesAccounted(l)}."));
    }

    /// <summary>
    /// The notes under the table of the lists, as one sentence: the companies whose entries of several lists were joined
    /// (and on what keys), the pairs of companies of one name kept apart, the identifiers two companies claim and the values
    /// of the lists reported, each counted, and where each is listed. The counts the JSON report gives
    /// (<c>run.lists.joinedCompanies</c>, <c>run.lists.problems</c>) are figures; empty when there is nothing to note.
    /// </summary>
    public static IReadOnlyList<SentencePart> ListsNotes(ListsUsed used, ListTerms terms)
    {
        var notes = new List<List<SentencePart>>();
        if (used.Joined.Count > 0)
        {
            var companies = used.JoinedCompanies;
            var joined = companies == 1
                ? new List<SentencePart> { SentencePart.Words($"the entries of several lists for one company were joined and screened as that company, carrying each list's {terms.Entries}") }
                :
                [
                    SentencePart.Words("the entries of several lists for "),
                    SentencePart.Count("run.lists.joinedCompanies", companies),
                    SentencePart.Words($" companies were joined, each screened as one company carrying each list's {terms.Entries}"),
                ];
            joined.Add(SentencePart.Words(" (the lists share an ISIN, an LEI, a USCC or a listing for it, or its legal name in the same country; each join and its key: workbook List review, JSON run.lists.joined)"));
            notes.Add(joined);
        }

        if (used.NamePairs.Count > 0)
        {
            notes.Add([SentencePart.Words(used.NamePairs.Count == 1
                ? "one pair of companies from different lists shares a name, but neither an identifier nor its legal name in one known country: they were kept apart, and a holding matching that name exactly goes to review"
                : $"{Number(used.NamePairs.Count)} pairs of companies from different lists share a name, but neither an identifier nor the legal name in one known country: they were kept apart, and a holding matching such a name exactly goes to review")]);
        }

        if (used.Conflicts.Count > 0)
        {
            notes.Add([SentencePart.Words(used.Conflicts.Count == 1
                ? "one identifier is claimed by two companies the lists keep apart"
                : $"{Number(used.Conflicts.Count)} identifiers are claimed by two companies the lists keep apart")]);
        }

        var problems = used.Problems;
        if (problems > 0)
        {
            notes.Add(problems == 1
                ? [SentencePart.Words("one value of the lists was reported: left out (a bad check digit, an unknown exchange), or kept as written for review (a name cell not parsed); the list check command names it")]
                :
                [
                    SentencePart.Count("run.lists.problems", problems),
                    SentencePart.Words(" values of the lists were reported: left out (a bad check digit, an unknown exchange), or kept as written for review (a name cell not parsed); the list check command names each"),
                ]);
        }

        if (notes.Count == 0) return [];
        var parts = new List<SentencePart>();
        for (var i = 0; i < notes.Count; i++)
        {
            if (i > 0) parts.Add(SentencePart.Words("; "));
            parts.AddRange(notes[i]);
        }

        // The sentence begins with a capital, whether its first part is words or a count.
        if (parts[0].Kind == SentencePartKind.Words) parts[0] = SentencePart.Words(Capitalised(parts[0].Text));
        parts.Add(SentencePart.Words(". The workbook's List review sheet lists each one."));
        return parts;
    }

    /// <summary>The label of a company's lists, where several lists are screened against (<see cref="CompanyExposure.Lists"/>).</summary>
    public const string NamedOnListsLabel = "Named on lists";

    /// <summary>The lists that name a company, in the order the run was given them: "Exposure bundled list; DHS UFLPA Entity List"; null where one list is screened against.</summary>
    public static string? NamedOnLists(CompanyExposure company) => company.Lists is { Count: > 0 } lists ? string.Join("; ", lists) : null;

    /// <summary>The label of the entries of several lists joined as a company, and on what each join rests (<see cref="JoinedAcrossLists"/>).</summary>
    public const string JoinedAcrossListsLabel = "Joined across lists";

    /// <summary>
    /// Why a company carries the entries of several lists: each entry of another list joined to it and what the two share,
    /// "'Camel Group Co., Ltd.' (Exposure bundled list) and 'Camel Group Co., Ltd.' (DHS UFLPA Entity List) share the legal
    /// name and country CAMEL GROUP CO LTD (CN)"; empty where no entry was joined to it.
    /// </summary>
    public static IReadOnlyList<string> JoinedAcrossLists(CompanyExposure company, ListsUsed? lists) =>
        lists is null ? [] : lists.Joined.Where(j => string.Equals(j.CompanyId, company.Id, StringComparison.Ordinal)).Select(Joined).ToList();

    /// <summary>One join: "'A' (list) and 'B' (other list) share the ISIN CNE000001XX1", as the workbook's List review sheet gives it with the companies' ids in their lists.</summary>
    public static string Joined(ListJoin join) =>
        $"'{join.Name}' ({join.ListName}) and '{join.OtherName}' ({join.OtherListName}) share {JoinKey(join.Key)} {join.Value}";

    /// <summary>What a join rests on, in words: "the ISIN", "the listing", "the legal name and country".</summary>
    public static string JoinKey(string key) => key switch
    {
        "name+country" => "the legal name and country",
        "listing" => "the listing",
        _ => "the " + key.ToUpperInvariant(),
    };

    /// <summary>When the run was stamped, or that it was not (the run time is only given when asked for).</summary>
    public static string Generated(DateTimeOffset? at) =>
        at is { } time ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant) : "not time-stamped: the same inputs give the same report";

    /// <summary>Money as every output writes it in text: "GBP 1,234,567"; the bare amount without a currency; "unknown" for null.</summary>
    public static string Money(decimal? value, string? currency)
    {
        if (value is null) return Unknown;
        var rounded = Math.Round(value.Value, 0, MidpointRounding.AwayFromZero);
        var amount = (rounded == 0 ? 0m : rounded).ToString("#,0", Invariant);
        return currency is null ? amount : $"{currency} {amount}";
    }

    /// <summary>
    /// A row whose value and the weight its file states for it disagree (<see cref="HoldingFinding.ValueDisagrees"/>): "its
    /// value, USD 250, is 0.005% of the fund value of USD 5,000,000; the file states 5.000%, which would be about USD 250,000".
    /// </summary>
    /// <param name="share">The value over the fund value.</param>
    /// <param name="stated">The weight the file states, as a fraction of the fund.</param>
    public static string ValueDisagrees(decimal value, decimal share, decimal stated, decimal fundValue, string? currency) =>
        $"its value, {Money(value, currency)}, is {Percent(share)} of the fund value of {Money(fundValue, currency)}; " +
        $"the file states {Percent(stated)}, which would be about {Money(stated * fundValue, currency)}";

    /// <summary>
    /// Said beside a company's value in a chart where the value of one of its holdings disagrees with the weight its file
    /// states (<see cref="CompanyExposure.ValueDisagrees"/>): " (see below)", the chart's caption saying what
    /// (<see cref="ChartValuesDisagree"/>); "" for none.
    /// </summary>
    public static string ValueDisagreesMark(CompanyExposure company) =>
        company?.ValueDisagrees is null ? "" : " (see below)";

    /// <summary>
    /// Under a chart of companies' values, for those shown whose value counts a holding that disagrees with the weight its
    /// file states: "Hangzhou Hikvision …: the value of a holding disagrees with the weight its file states, … ." Null for none.
    /// </summary>
    public static string? ChartValuesDisagree(IEnumerable<CompanyExposure> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var each = shown.Where(c => c.ValueDisagrees is not null).Select(c => $"{c.NameEn}: {c.ValueDisagrees}.").ToList();
        return each.Count == 0 ? null : string.Join(" ", each);
    }

    /// <summary>
    /// What a company's value says where the value of some of its holdings disagrees with the weight their file states
    /// (<see cref="CompanyExposure.ValueDisagrees"/>): each such holding by its file and line, at most three; null for none.
    /// </summary>
    public static string? ValueDisagrees(IReadOnlyList<HoldingFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var disagree = findings.Where(f => f.ValueDisagrees is not null).ToList();
        if (disagree.Count == 0) return null;
        var each = disagree.Take(3).Select(f => $"{f.File}, line {Number(f.Line)}: {f.ValueDisagrees}");
        var more = disagree.Count > 3 ? $"; and {Count(disagree.Count - 3, "more holding", "more holdings")}" : "";
        return $"{(disagree.Count == 1 ? "the value of a holding disagrees with the weight its file states" : "the values of holdings disagree with the weights their files state")}, " +
            $"and {(disagree.Count == 1 ? "it is" : "they are")} counted as the file gives {(disagree.Count == 1 ? "it" : "them")} ({string.Join("; ", each)}{more})";
    }

    /// <summary>The decimals every output shows a percentage with: three, as "1.250%".</summary>
    public const int PercentDecimals = 3;

    /// <summary>The most decimals a percentage is shown with, for a nonzero share too small to show with three.</summary>
    public const int MostPercentDecimals = 10;

    /// <summary>
    /// The decimals a fraction is shown with as a percentage, in every output alike (the workbook's number format too):
    /// <see cref="PercentDecimals"/>, or, for a nonzero fraction that would read as zero with them, as many as its first
    /// nonzero digit needs (0.0000049 → 4, "0.0005%"), up to <see cref="MostPercentDecimals"/>. A nonzero holding never reads "0.000%".
    /// </summary>
    public static int DecimalsOf(decimal fraction)
    {
        var percent = Math.Abs(fraction * 100);
        var decimals = PercentDecimals;
        while (percent != 0 && decimals < MostPercentDecimals && Math.Round(percent, decimals, MidpointRounding.AwayFromZero) == 0)
        {
            decimals++;
        }

        return decimals;
    }

    /// <summary>A fraction as a percentage with three decimals, more for a nonzero share that would read as zero (<see cref="DecimalsOf"/>): 0.0125 → "1.250%"; "unknown" for null.</summary>
    public static string Percent(decimal? fraction) =>
        fraction is not { } f ? Unknown
        : Math.Round(f * 100, DecimalsOf(f), MidpointRounding.AwayFromZero).ToString("0." + new string('0', DecimalsOf(f)), Invariant) + "%";

    /// <summary>How the figure of a total reads when the model gives none: "unknown" when no value is known, else "not given" (different currencies, or a constituent list's weights, which are not money).</summary>
    public static string NoTotal(TotalsWithheld? why) => why is TotalsWithheld.ValuesUnknown or TotalsWithheld.SomeValuesUnknown ? Unknown : NotGiven;

    /// <summary>What a share of the funds' value is of: "of the fund value" for one fund, "of the funds' value" for several.</summary>
    public static string OfFundValue(int funds) => funds == 1 ? "of the fund value" : "of the funds' value";

    /// <summary>
    /// A company's value held over all funds as every output writes it: "USD 5,800,000"; "at least USD 100,000" where the
    /// value of some of its holdings is unknown; else "unknown" or "not given" (<see cref="CompanyTotalNote"/> says why).
    /// </summary>
    /// <param name="currency">The report's currency, for a company whose holdings state none.</param>
    public static string CompanyTotal(CompanyExposure company, string? currency = null)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Scheme is { } scheme)
        {
            return scheme.Value is { } held ? AtLeast(scheme.AtLeast) + Money(held, scheme.Currency)
                : scheme.Paths == 0 ? NotGiven : Unknown;
        }

        var c = company.Currency ?? currency;
        if (company.TotalValue is { } total) return Money(total, c);
        if (company.TotalAtLeast is { } known) return $"at least {Money(known, c)}";
        return NoTotal(company.TotalWithheld ?? TotalsWithheld.ValuesUnknown);
    }

    /// <summary>
    /// What is said beside a company's value held over all funds: why it is not given exactly
    /// (<see cref="CompanyExposure.TotalUnknown"/>), and where a value it counts disagrees with the weight its file states
    /// (<see cref="CompanyExposure.ValueDisagrees"/>); null when neither.
    /// </summary>
    /// <param name="pathsSheet">
    /// In a workbook, the sheet that lists a scheme's paths to the company (<see cref="SchemePathsSheet"/>): the note names
    /// it; elsewhere null, and the note points at the paths listed in the company's profile.
    /// </param>
    public static string? CompanyTotalNote(CompanyExposure company, string? pathsSheet = null)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Scheme is { } scheme)
        {
            return string.Join("; ", new[] { SchemeCompanyNote(scheme, pathsSheet), company.ValueDisagrees }.OfType<string>());
        }

        var notes = new[] { company.TotalValue is null ? company.TotalUnknown : null, company.ValueDisagrees }.OfType<string>().ToList();
        return notes.Count == 0 ? null : string.Join("; ", notes);
    }

    /// <summary>
    /// The label of a company's value held: "Value held, all funds" in a report of funds; in a scheme report, where the
    /// value is the scheme's looked through (<see cref="CompanyExposure.Scheme"/>), "Value held by the scheme, looked through".
    /// </summary>
    public static string CompanyValueLabel(CompanyExposure company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return company.Scheme is null ? "Value held, all funds" : SchemeCompanyValueLabel;
    }

    /// <summary>The label of what a scheme holds of a company, looked through (<see cref="CompanyExposure.Scheme"/>).</summary>
    public const string SchemeCompanyValueLabel = "Value held by the scheme, looked through";

    /// <summary>What the scheme's value of a company is, beside it: through how many paths, why "at least", and where the paths are listed.</summary>
    /// <param name="pathsSheet">The workbook's sheet that lists them; null for the company's profile, where they are under <see cref="SchemePathsHeading"/>.</param>
    private static string SchemeCompanyNote(SchemeCompanyValue scheme, string? pathsSheet)
    {
        const string files = "the holdings listed with it are each holdings file's own rows, in its fund's currency";
        if (scheme.Paths == 0)
        {
            return $"not in the holdings the scheme's figures look through, each fund's latest holdings file; {files}";
        }

        var paths = scheme.Paths == 1 ? "1 path" : $"{Number(scheme.Paths)} paths";
        var bound = scheme.Value is null ? "the value of every holding of it is unknown; "
            : scheme.AtLeast ? "at least: some holdings were not looked through, or their value is unknown; " : "";
        var listed = pathsSheet is null ? $"under {SchemePathsHeading}" : $"on the sheet {pathsSheet}";
        return $"{bound}through its {paths}, in {scheme.Currency}, each listed {listed}; {files}";
    }

    /// <summary>The workbook's sheet that lists, row by row, the paths by which a scheme holds each company.</summary>
    public const string SchemePathsSheet = "Scheme's paths to companies";

    /// <summary>How a company's profile names the paths by which a scheme holds it, beside its value.</summary>
    private const string SchemePathsHeading = "the scheme's paths to it";

    /// <summary>The heading of the paths by which a scheme holds a company, in its profile: "The scheme's paths to ZTE Corp".</summary>
    public static string SchemePathsTitle(string company) => $"The scheme's paths to {company}";

    /// <summary>
    /// Where a path by which the scheme holds a company starts: the holding of the scheme and what the scheme invests in it,
    /// "Illustrative Multi-Asset Fund, GBP 17,391,304 invested"; for a row of paths added up, the holding's name.
    /// </summary>
    public static string SchemePathEntry(ExposurePath path, string currency)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Funds is [var entry, ..] ? $"{entry.Name}, {Money(path.Invested, currency)} invested" : path.Route.Split(" > ")[0];
    }

    /// <summary>
    /// A path by which a scheme holds a company, below the holding of the scheme, with the share held at each step and the
    /// rows that hold the company: "30.000% of it in Illustrative EM Equity Fund (multi-asset-2026-09.csv, line 4); 2.100%
    /// of that in ZTE (em-equity-2026-09.csv, line 14)". A row of paths added up is given as the scheme's table gives it.
    /// </summary>
    public static string SchemePathSteps(ExposurePath path, string company)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Funds is not { Count: > 0 } funds) return path.Route;
        var steps = new List<string>();
        for (var i = 1; i < funds.Count; i++)
        {
            var f = funds[i];
            var row = f.File is null ? "" : $" ({f.File}{(f.Line is { } line ? ", line " + Number(line) : "")})";
            steps.Add($"{Percent(f.Weight)} of {(i == 1 ? "it" : "that")} in {f.Name}{row}");
        }

        var rows = path.Lines is { Count: > 0 } lines ? $" ({path.File}, {(lines.Count == 1 ? "line" : "lines")} {string.Join(", ", lines.Select(l => Number(l)))})" : "";
        // Rows of unknown value at the path's end are not in the share, which then reads "at least".
        var share = path.HoldingWeight is { } w ? AtLeast(path.ValueUnknown is not null) + Percent(w) : $"a share {Unknown}";
        steps.Add($"{share} of {(funds.Count == 1 ? "it" : "that")} in {company}{rows}");
        return string.Join("; ", steps);
    }

    /// <summary>
    /// What the paths by which a scheme holds a company add up to, under them: the value held by the scheme, looked through,
    /// or "at least" that, and why; where no value is known, that it is unknown.
    /// </summary>
    public static string SchemePathsTotal(SchemeCompanyValue scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (scheme.Value is not { } value) return $"The value the scheme holds of it is {Unknown}: the value of every holding of it reached is {Unknown}.";
        var why = new List<string>();
        if (scheme.ValuesUnknown > 0)
            why.Add($"{Count(scheme.ValuesUnknown, "holding", "holdings")} of it reached {(scheme.ValuesUnknown == 1 ? "has a value that is" : "have values that are")} {Unknown}, not counted");
        if (scheme.NotLookedThrough is { } notLooked) why.Add(notLooked);
        var total = $"The paths add up to {Money(value, scheme.Currency)}, the value held by the scheme, looked through";
        return why.Count == 0 ? total + "." : $"{total}, which is a lower bound: {string.Join("; ", why)}.";
    }

    /// <summary>Shown where a value in money would be, for an index constituent list: it gives weights, not money.</summary>
    public const string WeightsOnly = "weights only";

    /// <summary>Why a constituent list's row has no value: the list gives weights, not money.</summary>
    public const string WeightsOnlyReason = "weights only: an index constituent list gives weights, not money";

    /// <summary>Why an index constituent's weight, and so what the mandate holds of it, is unknown: the list gives none for it.</summary>
    public const string NoWeightGiven = "no weight given";

    /// <summary>
    /// Beside the sum of the weights a file states: the rows whose stated weight could not be read, which are not in it
    /// ("3 unreadable rows left out"), short enough for a table's figure column; null when there are none.
    /// </summary>
    public static string? WeightsUnreadable(WeightCheck check) =>
        check.WeightsUnreadable == 0 ? null : $"{Count(check.WeightsUnreadable, "unreadable row", "unreadable rows")} left out";

    /// <summary>What a fund's missing value in money reads: "weights only" for a constituent list, else "unknown".</summary>
    public static string MissingValue(FundExposure? fund) => fund?.FundValueBasis == FundValueBasis.ConstituentWeights ? WeightsOnly : Unknown;

    /// <summary>A fund's value in money as every output writes it in text: "weights only" for a constituent list, else <see cref="Money"/>.</summary>
    public static string FundMoney(FundExposure fund, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return fund.FundValueBasis == FundValueBasis.ConstituentWeights ? WeightsOnly : Money(value, fund.Currency);
    }

    /// <summary>The label of the funds' value, the base of the flagged share, in summary tables.</summary>
    public const string FundValueLabel = "Fund value, the base of the shares";

    /// <summary>The label of short derivatives' notional in summary tables, a fund's and a scheme's: apart from the other derivatives'.</summary>
    public const string ShortNotionalLabel = "Notional of short derivatives on named companies, not added to the notional above or to the value held";

    /// <summary>
    /// The value awaiting review of a fund none of whose lines awaits review, in the funds tables of the workbook and the web
    /// page: "none", not 0 as if a holding awaiting review had been valued (the PDF lists only funds with holdings awaiting
    /// review; a fund whose values are not in money reads <see cref="MissingValue"/>).
    /// </summary>
    public const string NothingAwaitsReview = "none";

    /// <summary>
    /// A fund's value awaiting review in a funds table where it reads in words, not as an amount: <see cref="NothingAwaitsReview"/>
    /// when none of its lines awaits review, what a value not known in money reads (<see cref="MissingValue"/>); null where it is an amount.
    /// </summary>
    public static string? ReviewValueInWords(FundExposure fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return fund.ReviewValue is null ? MissingValue(fund) : fund.Lines.NeedsReview == 0 ? NothingAwaitsReview : null;
    }

    /// <summary>The label of the value screened against the list, in summary tables.</summary>
    public const string ValueScreenedLabel = "Value screened against the list (cash, government debt and other rows not screened left out)";

    /// <summary>
    /// What the flagged share is a share of, as words and figures every output lays out alike: "5.365% of the fund value,
    /// USD 19,144,000 (USD 18,844,000 of it screened against the list)", with what the totals are over; the file's own
    /// weights or the constituent list's weights when no value is known. Empty when the model gives no flagged share.
    /// </summary>
    public static IReadOnlyList<SentencePart> FlaggedShareOf(ReportSummary summary, IReadOnlyList<FundExposure> counted)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(counted);
        if (summary.FlaggedShare is not { } share) return [];
        var c = summary.Currency;
        // Holdings in named companies that the flagged weight leaves out (their value, or weight, unknown): a lower bound.
        var parts = new List<SentencePart>();
        if (FlaggedShareAtLeast(summary) is { Length: > 0 } atLeast) parts.Add(SentencePart.Words(atLeast));
        parts.Add(SentencePart.Percent("summary.flaggedShare", share));
        // Funds whose weights are their file's own, as they disagree with their values: the share is on those weights,
        // and value over value, which would differ, is said beside it.
        var byFileWeights = ByFileWeights(summary, counted);
        if (summary.FundValue is { } total && byFileWeights.Count > 0)
        {
            parts.Add(SentencePart.Words(summary.Funds == 1
                ? " of the fund by the file's own weights, which disagree with its values; fund value "
                : $" of the funds' value, each fund by the basis of its flagged weight ({Count(byFileWeights.Count, "fund", "funds")} by {Verb(byFileWeights.Count, "its", "their")} file's own weights, which disagree with {Verb(byFileWeights.Count, "its", "their")} values); funds' value "));
            parts.Add(SentencePart.Money("summary.fundValue", total, c));
            if (summary.ValueScreened is { } part && part < total)
            {
                parts.Add(SentencePart.Words(" ("));
                parts.Add(SentencePart.Money("summary.valueScreened", part, c));
                parts.Add(SentencePart.Words(" of it screened against the list)"));
            }
            var onValues = summary.FlaggedValue is { } flagged && total != 0 ? Percent(flagged / total) : Unknown;
            parts.Add(SentencePart.Words($"; the flagged value over the {(summary.Funds == 1 ? "fund value" : "funds' value")} would be {onValues}"));
        }
        else if (summary.FundValue is { } value)
        {
            parts.Add(SentencePart.Words($" {OfFundValue(summary.Funds)}, "));
            parts.Add(SentencePart.Money("summary.fundValue", value, c));
            if (summary.ValueScreened is { } screened && screened > value)
            {
                // More screened than the fund value: rows adding up to more than the net assets their fund states, or than the
                // value its weights imply, which is its value.
                var over = counted.Where(f => f.FundValueBasis is FundValueBasis.StatedNetAssets or FundValueBasis.ImpliedByWeights && f.SumOfRows > f.FundValue).ToList();
                static string Base(FundExposure f) => f.FundValueBasis == FundValueBasis.ImpliedByWeights ? "the value its weights imply" : "the net assets it states";
                parts.Add(SentencePart.Words(" (the rows screened against the list add up to "));
                parts.Add(SentencePart.Money("summary.valueScreened", screened, c));
                parts.Add(SentencePart.Words(", more than it: " + over.Count switch
                {
                    0 => "rows add up to more than their funds' values)",
                    1 => $"the rows of {over[0].DisplayName} add up to {NetAssetsCheck.Percent(over[0].SumOfRows!.Value / over[0].FundValue!.Value)} of {Base(over[0])})",
                    _ => $"the rows of {Count(over.Count, "fund", "funds")} add up to more than " +
                         (over.All(f => f.FundValueBasis == FundValueBasis.StatedNetAssets) ? "the net assets they state)" : "the values they state or their weights imply)"),
                }));
            }
            else if (summary.ValueScreened is { } part && part != value)
            {
                parts.Add(SentencePart.Words(" ("));
                parts.Add(SentencePart.Money("summary.valueScreened", part, c));
                parts.Add(SentencePart.Words(" of it screened against the list)"));
            }
        }
        else if (counted.Count == 1 && counted[0].FundValueBasis == FundValueBasis.ConstituentWeights)
        {
            parts.Add(SentencePart.Words(" of the index, by its constituent weights: the list gives weights, not money"));
        }
        else
        {
            parts.Add(SentencePart.Words(" of the fund, by the file's own weights; its value is unknown"));
        }
        if (TotalsLabel(summary) is { Length: > 0 } label) parts.Add(SentencePart.Words($", over {label}"));
        return parts;
    }

    /// <summary>The counted funds whose flagged weight is on their file's own weights, which disagree with their values.</summary>
    private static List<FundExposure> ByFileWeights(ReportSummary summary, IReadOnlyList<FundExposure> counted) =>
        summary.FundValue is null ? [] : counted.Where(f => f.WeightBasis == WeightBasis.FileWeights && f.FundValue is not null).ToList();

    /// <summary>
    /// What the flagged or related share beside a figure is of, on the basis <see cref="FlaggedShareOf"/> states at length:
    /// "of the fund value", "of the fund, by the file's own weights". Both shares are on the same basis, each fund's own.
    /// </summary>
    public static string ShareBasis(ReportSummary summary, IReadOnlyList<FundExposure> counted) =>
        ByFileWeights(summary, counted).Count == 0 ? OfFundValue(summary.Funds)
            : summary.Funds == 1 ? "of the fund, by the file's own weights" : "of the funds' value, each fund by the basis of its flagged weight";

    /// <summary>"at least " before a figure that is a lower bound; "" before one that is not.</summary>
    public static string AtLeast(bool lowerBound) => lowerBound ? "at least " : "";

    /// <summary>"at least " where the flagged share leaves out holdings in named companies (their value or weight unknown); "" otherwise.</summary>
    public static string FlaggedShareAtLeast(ReportSummary summary) =>
        AtLeast(summary?.ValuesUnknown.MatchedOutOfWeight > 0);

    /// <summary>"at least " where a fund's flagged weight leaves out holdings in named companies (their value or weight unknown); "" otherwise.</summary>
    public static string FlaggedWeightAtLeast(FundExposure fund) =>
        AtLeast(fund.FlaggedWeight is not null && fund.ValuesUnknown.MatchedOutOfWeight > 0);

    /// <summary>"at least " where a fund's flagged value leaves out holdings in named companies whose value is unknown (<see cref="FundExposure.FlaggedValueAtLeast"/>); "" otherwise.</summary>
    public static string FlaggedValueAtLeast(FundExposure fund) => AtLeast(fund?.FlaggedValueAtLeast == true);

    /// <summary>"at least " where the flagged value over all funds leaves out holdings in named companies whose value is unknown (<see cref="ReportSummary.FlaggedValueAtLeast"/>); "" otherwise.</summary>
    public static string FlaggedValueAtLeast(ReportSummary summary) => AtLeast(summary?.FlaggedValueAtLeast == true);

    /// <summary>"at least " where the flagged value of the funds of one date leaves out holdings in named companies whose value is unknown (<see cref="DateTotals.FlaggedValueAtLeast"/>); "" otherwise.</summary>
    public static string FlaggedValueAtLeast(DateTotals date) => AtLeast(date?.FlaggedValueAtLeast == true);

    /// <summary>"at least " where the flagged share of the funds of one date leaves out holdings in named companies (<see cref="DateTotals.FlaggedShareAtLeast"/>); "" otherwise.</summary>
    public static string FlaggedShareAtLeast(DateTotals date) => AtLeast(date?.FlaggedShareAtLeast == true);

    /// <summary>"at least " where a market's flagged value leaves out holdings in named companies whose value is unknown (<see cref="MarketSummary.FlaggedValueAtLeast"/>); "" otherwise.</summary>
    public static string FlaggedValueAtLeast(MarketSummary market) => AtLeast(market?.FlaggedValueAtLeast == true);

    /// <summary>"at least " where a market's flagged share leaves out holdings in named companies of unknown value (<see cref="MarketSummary.FlaggedShareAtLeast"/>); "" otherwise.</summary>
    public static string FlaggedShareAtLeast(MarketSummary market) => AtLeast(market?.FlaggedShareAtLeast == true);

    /// <summary>"at least " where a fund's related value leaves out holdings in related companies whose value is unknown; "" otherwise.</summary>
    public static string RelatedValueAtLeast(FundExposure fund) => AtLeast(fund?.RelatedValueAtLeast == true);

    /// <summary>"at least " where the related value over all funds leaves out holdings in related companies whose value is unknown; "" otherwise.</summary>
    public static string RelatedValueAtLeast(ReportSummary summary) => AtLeast(summary?.RelatedValueAtLeast == true);

    /// <summary>
    /// "at least " where a category's weight leaves out holdings in it whose weight is unknown (<see cref="CategoryExposure.OutOfWeight"/>):
    /// not where their value alone is unknown and the file's own weights, which count them, are the fund's; "" otherwise.
    /// </summary>
    public static string CategoryWeightAtLeast(CategoryExposure category) =>
        AtLeast(category.Weight is not null && category.OutOfWeight > 0);

    /// <summary>"at least " where a category's value leaves out holdings in it whose value is unknown; "" otherwise.</summary>
    public static string CategoryValueAtLeast(CategoryExposure category) =>
        AtLeast(category.Value is not null && category.ValuesUnknown > 0);

    /// <summary>"at least " where the related share leaves out holdings in related companies (their value or weight unknown); "" otherwise.</summary>
    public static string RelatedShareAtLeast(ReportSummary summary) =>
        AtLeast(summary?.ValuesUnknown.RelatedOutOfWeight > 0);

    /// <summary>"(at least 4.398% of the fund value)": the related share beside its value, with its bound and basis; "" where there is no share.</summary>
    public static string RelatedShareText(ReportSummary summary, IReadOnlyList<FundExposure> counted) =>
        summary?.RelatedShare is { } share ? $"({RelatedShareAtLeast(summary)}{Percent(share)} {ShareBasis(summary, counted)})" : "";

    /// <summary><see cref="FlaggedShareOf"/> as plain text, with figures as <see cref="Money"/> and <see cref="Percent"/> write them.</summary>
    public static string FlaggedShareText(ReportSummary summary, IReadOnlyList<FundExposure> counted) =>
        SentencePart.Join(FlaggedShareOf(summary, counted), p => p.Kind == SentencePartKind.Money ? Money(p.Value, p.Currency) : Percent(p.Value));

    /// <summary>
    /// Above the figures of each as-of date: the totals over funds of different dates add holdings of different dates; where
    /// no total is given (<see cref="ReportSummary.TotalsWithheld"/>), there is none that adds them.
    /// </summary>
    public static string ByDateNote(ReportSummary summary) => summary.TotalsWithheld is null
        ? "The funds are of different dates: the totals above add holdings of different dates. Each date's figures:"
        : "The funds are of different dates, and no total over them is given above. Each date's figures:";

    /// <summary>
    /// The currency of the Summary block's totals, for its <paramref name="label"/>: the totals' currency; for one fund
    /// whose file states none, that it does not. Where a scheme's holdings files are in several currencies (or some state
    /// none), the block is per holdings file, each in its own currency, not added up: it says so, and where the scheme's
    /// figures in its report currency are (<paramref name="schemeSection"/>), rather than "mixed or not stated".
    /// </summary>
    public static (string Label, string Text) TotalsCurrency(ExposureReport report, string label, string schemeSection)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Summary;
        if (s.Currency is { } c) return (label, c);
        if (s.Funds == 1) return (label, "not stated by the file");
        if (report.Portfolio is not { } p) return (label, "mixed or not stated: totals across funds are not given");
        var funds = MarketLayout.CountedFunds(report);
        var stated = funds.Select(f => f.Currency).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var which = string.Join(", ", stated) + (funds.Any(f => f.Currency is null) ? (stated.Count == 0 ? "not stated" : "; some not stated") : "");
        return ("Holdings files' currencies",
            $"{which}: the figures of this block are per holdings file, each in its own currency, and are not added up here; " +
            $"the scheme's figures, in {p.ReportCurrency}, are under {schemeSection}");
    }

    /// <summary>
    /// The Summary block of a scheme leaves out its totals over holdings files where they are not given because the files'
    /// currencies differ, are not all stated, or a file gives weights only: rows reading "not given" right after the
    /// scheme's own figures would read as if the scheme had none. <see cref="TotalsCurrency"/> says why they are not there.
    /// </summary>
    public static bool PerFileTotalsLeftOut(ExposureReport report) =>
        report?.Portfolio is not null && report.Summary.Currency is null && report.Summary.Funds > 1
        && report.Summary.TotalsWithheld is TotalsWithheld.DifferentCurrencies or TotalsWithheld.CurrencyNotStated or TotalsWithheld.WeightsOnly;

    /// <summary>Why no total is given, as a sentence for the headline.</summary>
    /// <summary>
    /// Why a total is not given, in a few words for a line of figures: "not every fund states its currency"; "" where a
    /// total is given. <see cref="WhyNoTotal"/> says it at length.
    /// </summary>
    public static string WhyNoTotalShort(TotalsWithheld? why) => why switch
    {
        TotalsWithheld.DifferentCurrencies => "the funds report in different currencies",
        TotalsWithheld.CurrencyNotStated => "not every fund states its currency",
        TotalsWithheld.ValuesUnknown => "no market value could be read",
        TotalsWithheld.WeightsOnly => "an index constituent list gives weights, not money",
        TotalsWithheld.SomeValuesUnknown => "the value of some of the funds could not be read",
        _ => "",
    };

    public static string WhyNoTotal(TotalsWithheld? why) => WhyNoTotalShort(why) is { Length: > 0 } reason ? Capitalised(reason) + why switch
    {
        TotalsWithheld.ValuesUnknown => ", so the value held is unknown; the weights the files give, where they could be read, are under Funds",
        TotalsWithheld.WeightsOnly => ", and weights are not added to values, so no total is given; each fund's figures are under Funds",
        TotalsWithheld.SomeValuesUnknown => ", so the funds' value and the value held over them are unknown; each fund's figures, on its own basis, are under Funds",
        _ => ", so no total is given; each fund's figures are under Funds",
    } : "";

    /// <summary>
    /// Why there is no chart of named companies by value when the funds have no one currency: a fund's file states none,
    /// or they report in different ones.
    /// </summary>
    public static string NoChartCurrency(IEnumerable<FundExposure> funds) => StatesNoCurrency(funds)
        ? "a fund's file states no currency, and values whose currency is not known are not compared"
        : "the funds report in different currencies, and values in different currencies are not compared";

    /// <summary>The caption of a chart of funds by flagged weight drawn because the funds have no one currency.</summary>
    public static string ByWeightNotValue(IEnumerable<FundExposure> funds) => StatesNoCurrency(funds)
        ? "A fund's file states no currency, so the funds' flagged weights are compared, not their values."
        : "The funds report in different currencies, so their flagged weights are compared, not their values.";

    private static bool StatesNoCurrency(IEnumerable<FundExposure> funds) => funds.Any(f => f.Currency is null);

    /// <summary>Why there is no chart of named companies by value: the value held in every one of them is unknown (each company's section says why).</summary>
    public static string NoChartValuesUnknown(int companies, ListTerms? terms = null) =>
        $"the value held in {Verb(companies, $"the {(terms ?? ListTerms.NamedOnly).Companies(1)}", $"each of the {Number(companies)} {(terms ?? ListTerms.NamedOnly).CompaniesPlural}")} is unknown " +
        "(a value of its holdings could not be read)";

    /// <summary>
    /// Said under the charts' heading when there is no chart to draw: one fund (or none) and no company the flagged value
    /// counts. A related company held is on the list too, so the sentence names the companies the charts are of.
    /// </summary>
    public static string NothingToChart(ListTerms terms) => $"There is nothing to chart: no fund holds {terms.ACompanyBy}.";

    /// <summary>
    /// Said under a table of a scheme's holdings, whose amounts are converted and weighted, so rarely whole: the total row
    /// adds the amounts before they are rounded, and may differ by a unit or two from the sum of the rounded rows.
    /// </summary>
    public const string RoundedTotals = "Amounts are rounded to the unit; the Scheme row adds them before rounding, so it may differ by a unit or two from the sum of the rows shown.";

    /// <summary>The value label of a company's row in a chart of value held when that value is unknown: a row without a bar.</summary>
    public const string ChartValueUnknown = "value unknown";

    /// <summary>
    /// The caption beside a chart of named companies by value in which some companies' value is unknown: they are listed
    /// without a bar, and where they would rank is not known. <paramref name="names"/> are the companies, by name.
    /// </summary>
    public static string ChartValuesUnknown(IReadOnlyList<string> names, int listed, ListTerms? terms = null)
    {
        var n = names.Count;
        var who = n == 1 ? names[0]
            : $"{Number(n)} {(terms ?? ListTerms.NamedOnly).CompaniesPlural} ({string.Join("; ", names.Take(3))}{(n > 3 ? "; …" : "")})";
        var rows = listed >= n ? Verb(n, "it is listed without a bar", "they are listed without bars")
            : $"the first {Number(listed)} {Verb(listed, "is", "are")} listed without bars";
        return $"The value held in {who} is unknown (a value of its holdings could not be read): {rows}, and where {Verb(n, "it", "they")} would rank is not known.";
    }

    /// <summary>
    /// "In Labour transfer (Example Fund), the value of 1 holding is unknown: …" for the categories whose value leaves out
    /// holdings of unknown value; empty when none does.
    /// </summary>
    public static string CategoriesValuesUnknown(IEnumerable<FundExposure> funds, bool nameFunds)
    {
        var unknown = funds.SelectMany(f => f.ByCategory.Where(c => c.ValuesUnknown > 0).Select(c => (Fund: f, Category: c))).ToList();
        if (unknown.Count == 0) return "";
        var parts = unknown.Select(x => $"{Category(x.Category)}{(!nameFunds ? "" : x.Category.List is null ? $" ({x.Fund.DisplayName})" : $", in {x.Fund.DisplayName}")}, " +
            $"{Verb(x.Category.ValuesUnknown, "the value", "the values")} of {Count(x.Category.ValuesUnknown, "holding is", "holdings are")} unknown");
        var one = unknown.Count == 1 && unknown[0].Category.ValuesUnknown == 1;
        var the = unknown.Count == 1 ? "the" : "each";
        // A holding whose weight the file states is in the weight where the file's own weights are the fund's: only the value leaves it out.
        return unknown.All(x => x.Category.OutOfWeight == x.Category.ValuesUnknown)
                ? $"In {string.Join("; in ", parts)}: {the} category's value and weight leave {(one ? "it" : "them")} out, and {(one ? "its company is" : "their companies are")} counted."
            : unknown.All(x => x.Category.OutOfWeight == 0)
                ? $"In {string.Join("; in ", parts)}: {the} category's value leaves {(one ? "it" : "them")} out; its weight counts the weight the file states " +
                  $"for {(one ? "it" : "them")}, and {(one ? "its company is" : "their companies are")} counted."
            : $"In {string.Join("; in ", parts)}: {the} category's value leaves them out, its weight leaves out those whose weight is unknown too, " +
              "and their companies are counted.";
    }

    /// <summary>
    /// "3 funds as of 2022-03-10 to 2025-01-31 (the funds' dates differ)", or "2 funds: 1 as of 2022-03-10, 1 of unknown
    /// date": the label a total over funds of different dates carries.
    /// </summary>
    public static string DatesLabel(ReportDates dates, int funds)
    {
        if (dates.HoldingsFrom is not { } from) return funds > 1 ? $"{Count(funds, "fund", "funds")} of unknown dates" : "";
        if (dates.FundsWithoutDate == 0) return dates.HoldingsTo != from ? $"{Count(funds, "fund", "funds")} as of {HoldingsAsOf(dates)}" : "";
        // Say how many funds each date is of: "2 funds as of 2022-03-10; not known for 1" would date both.
        var range = dates.HoldingsTo is { } to && to != from ? $"{Date(from)} to {Date(to)}" : Date(from);
        return $"{Count(funds, "fund", "funds")}: {Number(funds - dates.FundsWithoutDate)} as of {range}, " +
               $"{Count(dates.FundsWithoutDate, "of unknown date", "of unknown dates")}";
    }

    /// <summary>
    /// The reason a holdings file given again has its lines rejected: "the same file as world.csv, counted once" (or, for
    /// the same name given twice, "world.csv given again, counted once").
    /// </summary>
    public static string SameFileReason(string file, string first) =>
        string.Equals(file, first, StringComparison.Ordinal) ? $"{first} given again, counted once" : $"the same file as {first}, counted once";

    /// <summary>What the rejected state means, for the tables that count lines by state.</summary>
    public const string RejectedMeaning =
        "Not screened: a line that looked like a holding but could not be read (wrong number of fields, quoting left open, no name " +
        "and no identifier), a total or subtotal line (the sum of rows already read), a line of a holdings file given again (counted once, as the first), " +
        "or a row of an N-PORT data set whose filing is not in its SUBMISSION or FUND_REPORTED_INFO table or is a notice that a report could not be filed.";

    /// <summary>What the rejected-lines section lists, before each output says where to check them.</summary>
    public const string RejectedLinesIntro =
        "Lines that were not screened, each with its reason: lines that looked like holdings but could not be read, total and subtotal " +
        "lines (their value is the sum of rows already read), the lines of a holdings file given again (counted once, as the first), and an N-PORT " +
        "data set's rows of a filing its SUBMISSION or FUND_REPORTED_INFO table does not list or of a notice that a report could not be filed. " +
        "Their values are in no sum of rows.";

    /// <summary>The rejected lines by why they were rejected: "2 total lines, 1 line that could not be read"; empty for none.</summary>
    public static string RejectedKinds(RejectedCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var parts = new List<string>(3);
        if (counts.TotalLines > 0) parts.Add(Count(counts.TotalLines, "total line", "total lines"));
        if (counts.SameFile > 0) parts.Add(Count(counts.SameFile, "line of a file given again", "lines of files given again"));
        if (counts.NotInSubmission > 0) parts.Add(Count(counts.NotInSubmission, "line of a filing not in SUBMISSION.tsv", "lines of filings not in SUBMISSION.tsv"));
        if (counts.Notice > 0) parts.Add(Count(counts.Notice, "line of a notice that a report could not be filed", "lines of notices that a report could not be filed"));
        if (counts.NoFundInfo > 0) parts.Add(Count(counts.NoFundInfo, "line of a filing not in FUND_REPORTED_INFO.tsv", "lines of filings not in FUND_REPORTED_INFO.tsv"));
        if (counts.Unreadable > 0) parts.Add(Count(counts.Unreadable, "line that could not be read", "lines that could not be read"));
        return string.Join(", ", parts);
    }

    /// <summary>The rejected lines and why: "3 lines rejected: 2 total lines, 1 line that could not be read"; "no line rejected".</summary>
    public static string Rejected(RejectedCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Total == 0 ? "no line rejected" : $"{Count(counts.Total, "line", "lines")} rejected: {RejectedKinds(counts)}";
    }

    /// <summary>
    /// Beside a count of rejected lines shown on its own ("3 lines", a headline figure): "rejected, so not screened: 2 total
    /// lines, 1 line that could not be read".
    /// </summary>
    public static string RejectedCaption(RejectedCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Total == 0 ? "rejected" : $"rejected, so not screened: {RejectedKinds(counts)}";
    }

    /// <summary>Beside the rejected lines in a table of lines by state: "not screened (2 total lines, 1 line that could not be read)".</summary>
    public static string RejectedState(RejectedCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Total == 0 ? "not screened" : $"not screened ({RejectedKinds(counts)})";
    }

    /// <summary>Where a rejected line may hide an exposure: said only when some line could not be read.</summary>
    public static string RejectedCheck(RejectedCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Unreadable > 0 ? ", since a line that could not be read may hide an exposure" : "";
    }

    /// <summary>
    /// What the rejected-lines section says when no line was rejected: that every line that looked like a holding could be
    /// read, or, when values on some of them could not be, that those lines were kept all the same with the values unknown.
    /// </summary>
    public static string NoLineRejected(UnknownValues u) => u.NotReadable == 0
        ? "No line was rejected: every line that looked like a holding could be read."
        : $"No line was rejected: every line that looked like a holding was kept, though {Count(u.NotReadable, "value", "values")} on those lines could not be read and {Verb(u.NotReadable, "is", "are")} unknown.";

    /// <summary>The note above a market's summary figures: each fund counts once, by its latest report; what its earlier reports are.</summary>
    /// <param name="marketTitle">The title of the section with the market's figures.</param>
    public static string MarketTotalsNote(ReportSummary summary, string marketTitle)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var once = $"Each fund (an SEC series) counts once in these figures, by its latest report, as under {marketTitle}";
        if (summary.EarlierReports is not { } earlier) return once + ".";
        var n = earlier.FundIds.Count;
        return $"{once}: {Count(n, "earlier report", "earlier reports")} ({string.Join(", ", earlier.Dates.Select(d => Date(d)))}) " +
            $"{Verb(n, "is", "are")} the base entries and exits are compared with, listed with the funds but not added. " +
            $"The lines and holding rows are those of every report read ({Number(earlier.Reports)}).";
    }

    /// <summary>
    /// What the totals are over, beside them: <see cref="DatesLabel"/>; in a market of filings with earlier reports of its
    /// funds, that each fund counts once, by its latest report, the earlier ones not added.
    /// </summary>
    public static string TotalsLabel(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.EarlierReports is not { } earlier) return DatesLabel(summary.Dates, summary.Funds);
        var dates = summary.Dates.HoldingsFrom is null ? "" : $" as of {HoldingsAsOf(summary.Dates)}";
        return $"{Count(summary.Funds, "fund", "funds")}{dates}, each by its latest report " +
            $"({Count(earlier.FundIds.Count, "earlier report", "earlier reports")} not added)";
    }

    /// <summary>"The values of 3 holdings could not be read" style subject for the unknown values of some rows.</summary>
    /// <param name="stated">
    /// Of the holdings in named companies whose value is unknown, those whose weight the file states, left out of the
    /// flagged share, and that weight: of the fund, or over several funds of their summed value (<paramref name="funds"/>).
    /// </param>
    public static string ValuesUnknownSentence(UnknownValues u, (int Rows, decimal Weight)? stated = null, int funds = 1)
    {
        ArgumentNullException.ThrowIfNull(u);
        if (u.Rows == 0) return "";
        var how = u.NotReadable == u.Rows ? "could not be read" : u.NotReadable == 0 ? "are not given" : "are not given or could not be read";
        var parts = new List<string>();
        if (u.Matched > 0)
        {
            // Left out of the flagged share as well: it is a lower bound, and the weight the file states for them is given.
            var leftOut = u.MatchedOutOfWeight > 0 ? "the flagged value and the flagged share leave" : "the flagged value leaves";
            var bound = u.MatchedOutOfWeight > 0 ? ", so the flagged share is at least the share given" : "";
            var further = stated is { Rows: > 0 } s
                ? $"; by the file's weights, {(s.Rows == u.Matched ? Verb(u.Matched, "it is", "they are") : $"{Number(s.Rows)} of them are")} a further {Percent(s.Weight)} " +
                  (funds == 1 ? "of the fund" : "of the funds' value")
                : "";
            parts.Add($"{Count(u.Matched, "holding in a named company has a value that", "holdings in named companies have values that")} {Singular(how, u.Matched)}: " +
                $"{leftOut} {Verb(u.Matched, "it", "them")} out{bound}, and {Verb(u.Matched, "it is", "they are")} listed with {Verb(u.Matched, "its", "their")} value unknown{further}");
        }
        var side = u.Related + u.NeedsReview;
        if (side > 0)
            parts.Add($"{Count(side, "holding in a related company or awaiting review has a value that", "holdings in related companies or awaiting review have values that")} {Singular(how, side)}");
        var other = u.Rows - u.Matched - side;
        if (other > 0)
            parts.Add($"{Count(other, (parts.Count > 0 ? "other " : "") + "holding has a value that", (parts.Count > 0 ? "other " : "") + "holdings have values that")} {Singular(how, other)}: the value screened leaves {Verb(other, "it", "them")} out");
        var text = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>How values are read, what an unknown value is, and whose weights win: the methodology's words for every output.</summary>
    public const string ValuesMethod =
        "A market value the file does not give, or gives in a form that could not be read, is unknown: it is left out of every sum and " +
        "counted, never taken as zero, and the row is screened all the same. Values are read with a currency code or symbol before or " +
        "after the number (£830,000.00, 830,000.00 GBP), with a decimal comma where the form leaves no doubt (1.250.000,00) or a mapping " +
        "file says so, and in thousands, millions or billions written k, mn or bn; a lone m is not read, since files write it both for a " +
        "million and for a thousand. Where the file states weights and they disagree with value over fund value, the file's own statement " +
        "wins: a file whose weights show that it lists part of a fund is given the fund value its weights imply; otherwise its weights are " +
        "used as it states them, and the flagged weight on values is given beside them. Values in more than one currency are added up " +
        "only where the file's weights show them to be in one (a currency column then names each security's own); otherwise no rate " +
        "converts them, so the fund's value and the values held are unknown and the file's own weights are used.";

    /// <summary>How totals over funds are formed: the methodology's words for every output, in the run's words for its lists' entries.</summary>
    public static string TotalsMethod(ListTerms terms) =>
        "Totals across funds are given only when every fund states the same currency; otherwise they are left out rather than mixing " +
        "currencies. Totals across funds of different as-of dates are labelled with the range of dates and given per date beside it. " +
        $"Where the list has {terms.Entries} dated after the holdings, each company's entry says so.";

    /// <summary>
    /// What taking the list as it stood on a date left out, for the methodology: counts that add up to the list's
    /// allegations and companies, with the companies not screened against and those screened on a weaker basis by name.
    /// </summary>
    public static string ListCutText(ListCut cut)
    {
        var kept = cut.AllegationsTotal - cut.AllegationsLeftOut;
        var others = cut.CompaniesOnOtherGrounds ?? [];
        var changed = cut.BasisChanged ?? [];
        var text = $"The list was taken as it stood on {Date(cut.AsOf)}: of its {Count(cut.AllegationsTotal, "allegation", "allegations")}, " +
            $"{Number(cut.AllegationsLeftOut)} dated later {Verb(cut.AllegationsLeftOut, "was", "were")} left out and {Number(kept)} dated on or before it, " +
            $"or undated, {Verb(kept, "was", "were")} kept; {Number(cut.AllegationsScreened)} of {Verb(kept, "it", "them")} {Verb(cut.AllegationsScreened, "was", "were")} screened against" +
            (cut.AllegationsOfCompaniesLeftOut == 0 ? "" : $", {Number(cut.AllegationsOfCompaniesLeftOut)} {Verb(cut.AllegationsOfCompaniesLeftOut, "belongs", "belong")} to a company not screened against") + ". " +
            $"{Count(cut.CompaniesLeftOut.Count, "company", "companies")} with no allegation left {Verb(cut.CompaniesLeftOut.Count, "was", "were")} not screened against" +
            (cut.CompaniesLeftOut.Count == 0 ? "." : Stop($": {string.Join("; ", cut.CompaniesLeftOut)}")) + " ";
        if (others.Count > 0)
            text += $"{Count(others.Count, "company", "companies")} whose allegations left are all on other grounds than the list carries {Verb(others.Count, "it", "them")} on " +
                    Stop($"{Verb(others.Count, "was", "were")} not screened against either: {string.Join("; ", others)}") + " ";
        if (changed.Count > 0)
            text += Stop($"{Count(changed.Count, "company is", "companies are")} screened on what the list said by then, a weaker basis than it gives now: {string.Join("; ", changed)}") + " ";
        text += $"{Count(cut.CompaniesScreened, "company was", "companies were")} screened against. ";
        return text +
            (cut.UndatedKept == 0 ? "Every allegation kept is dated." : $"{Count(cut.UndatedKept, "allegation has", "allegations have")} no date and {Verb(cut.UndatedKept, "was", "were")} kept.") +
            " A date given only to the month or the year is compared at that precision.";
    }

    /// <summary>A sentence's full stop, unless it ends in one already (a name such as "Co., Ltd.").</summary>
    private static string Stop(string text) => text.EndsWith('.') ? text : text + ".";

    /// <summary>The same in a sentence, for the warnings beside the figures.</summary>
    public static string ListCutSummary(ListCut cut)
    {
        var notScreened = cut.CompaniesLeftOut.Count + (cut.CompaniesOnOtherGrounds?.Count ?? 0);
        var changed = cut.BasisChanged?.Count ?? 0;
        return $"Screened against the list as it stood on {Date(cut.AsOf)}: {Number(cut.AllegationsLeftOut)} of its {Count(cut.AllegationsTotal, "allegation", "allegations")}, " +
               $"dated later, {Verb(cut.AllegationsLeftOut, "was", "were")} left out, and {Count(notScreened, "company", "companies")} with none left on the grounds the list " +
               $"carries {Verb(notScreened, "it", "them")} on {Verb(notScreened, "was", "were")} not screened against" +
               (changed == 0 ? "" : $"; {Count(changed, "company is", "companies are")} screened on a weaker basis than the list gives now") + ".";
    }

    private static string Singular(string how, long count) => count == 1 ? how.Replace("are not given", "is not given", StringComparison.Ordinal) : how;

    /// <summary>The text with its first letter a capital: "Named companies".</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The state as a code: <c>not-a-holding</c>, <c>needs-review</c>, <c>matched</c> ...</summary>
    public static string Code(RowState state) => state switch
    {
        RowState.NotAHolding => "not-a-holding",
        RowState.Rejected => "rejected",
        RowState.Excluded => "excluded",
        RowState.Unmatched => "unmatched",
        RowState.Matched => "matched",
        RowState.Related => "related",
        RowState.NeedsReview => "needs-review",
        RowState.LookedThrough => "looked-through",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>The state in words: <c>not a holding</c>, <c>needs review</c> ...</summary>
    public static string Of(RowState state) => Code(state).Replace('-', ' ');

    /// <summary>"12 matched", "2 related" …: each of <paramref name="order"/> that has lines (or holdings), in that order, with its count.</summary>
    public static IEnumerable<string> StatesWithLines(StateCounts counts, params RowState[] order)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return order.Where(s => counts.Of(s) > 0).Select(s => $"{Number(counts.Of(s))} {Of(s)}");
    }

    /// <summary>
    /// Beside a fund's lines by state, where its holdings span several lines each (<see cref="FundExposure.Holdings"/>): what
    /// they are in holdings, "the 163 lines hold 5 holdings (invstOrSec entries): 1 matched, 2 unmatched, 2 excluded". Null
    /// where each holding is one line.
    /// </summary>
    public static string? HoldingsOfLines(FundExposure fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        // An N-PORT filing's XML has its counts said in holdings in their place (EntriesByState).
        if (fund.Holdings is not { } holdings || fund.HoldingsAreEntries) return null;
        var byState = StatesWithLines(holdings, RowState.Matched, RowState.Related, RowState.NeedsReview, RowState.Unmatched, RowState.Excluded, RowState.Rejected, RowState.LookedThrough).ToList();
        // An N-PORT filing's XML (its layout "SEC Form N-PORT") has one invstOrSec entry a holding.
        var entries = fund.Layout.StartsWith("SEC Form N-PORT", StringComparison.Ordinal) ? " (invstOrSec entries)" : "";
        return $"the {Count(fund.Lines.Total, "line holds", "lines hold")} {Count(holdings.Total, "holding", "holdings")}{entries}" +
            (byState.Count == 0 ? "" : ": " + string.Join(", ", byState));
    }

    /// <summary>The states a fund's or a report's holdings are counted in, in the order reports list them.</summary>
    private static readonly RowState[] HoldingStates =
        [RowState.Matched, RowState.Related, RowState.NeedsReview, RowState.Unmatched, RowState.Excluded, RowState.Rejected, RowState.LookedThrough];

    /// <summary>"an N-PORT filing's XML", or "2 N-PORT filings' XML".</summary>
    public static string FilingsXml(int filings) => filings == 1 ? "an N-PORT filing's XML" : $"{Number(filings)} N-PORT filings' XML";

    /// <summary>
    /// Where a fund is an N-PORT filing's XML (<see cref="FundExposure.HoldingsAreEntries"/>), its counts by state as a
    /// reader reads them, in holdings, with its lines after them: "5 holdings (invstOrSec entries): 1 matched · 1 unmatched
    /// · 3 excluded; 163 lines in all, 49 of them outside any holding". Null for any other fund, whose lines are its counts.
    /// </summary>
    public static string? EntriesByState(FundExposure fund, string separator = " · ")
    {
        ArgumentNullException.ThrowIfNull(fund);
        if (!fund.HoldingsAreEntries || fund.Holdings is not { } holdings) return null;
        var byState = StatesWithLines(holdings, HoldingStates).ToList();
        var outside = fund.Lines.NotAHolding == 0 ? ""
            : fund.Lines.NotAHolding == fund.Lines.Total ? $", none of {Verb(fund.Lines.Total, "it", "them")} in a holding"
            : $", {Number(fund.Lines.NotAHolding)} of them outside any holding";
        return $"{Count(holdings.Total, "holding", "holdings")} (invstOrSec entries)" + (byState.Count == 0 ? "" : ": " + string.Join(separator, byState)) +
            $"; {Count(fund.Lines.Total, "line", "lines")} in all{outside}";
    }

    /// <summary>
    /// The heading of a table's column of each fund's counts by state (<paramref name="heading"/>, "Lines by state"), where
    /// some funds are N-PORT filings' XML, counted in holdings (<see cref="EntriesByState"/>): "Holdings by state" where
    /// every fund is, "Lines by state (holdings for an N-PORT filing's XML)" where some are.
    /// </summary>
    public static string StatesHeading(IReadOnlyCollection<FundExposure> funds, string heading)
    {
        ArgumentNullException.ThrowIfNull(funds);
        var filings = funds.Count(f => f.HoldingsAreEntries);
        return filings == 0 ? heading
            : filings == funds.Count ? "Holdings by state"
            : $"{heading} (holdings for {(filings == 1 ? "an N-PORT filing's XML" : "N-PORT filings' XML")})";
    }

    /// <summary>
    /// Beneath a terminal table whose state columns count each fund's lines: for a fund of an N-PORT filing's XML, that its
    /// state columns count holdings: "the columns Rejected to Review count its 5 holdings (invstOrSec entries), not lines; Lines and
    /// Not a holding count its 163 lines, 49 of them outside any holding". Null for any other fund.
    /// </summary>
    public static string? EntriesInColumns(FundExposure fund, string first, string last)
    {
        ArgumentNullException.ThrowIfNull(fund);
        if (!fund.HoldingsAreEntries || fund.Holdings is not { } holdings) return null;
        return $"the columns {first} to {last} count its {Count(holdings.Total, "holding", "holdings")} (invstOrSec entries), not lines; " +
            $"Lines and Not a holding count its {Count(fund.Lines.Total, "line", "lines")}, {Number(fund.Lines.NotAHolding)} of them outside any holding";
    }

    /// <summary>
    /// The count of a state as a reader reads it, where the report has funds of N-PORT filings' XML (<see cref="ReportSummary.Entries"/>)
    /// with lines in that state: the holdings, then their lines, "3 holdings without a company issuer (68 lines of an N-PORT
    /// filing's XML)", "4 holdings … (70 lines, 68 of them of an N-PORT filing's XML)". Null where the filings have no line
    /// in it: every count of it is of lines that are holdings, and the report words it as before.
    /// </summary>
    /// <param name="one">What one holding is, after the count: "holding without a company issuer".</param>
    /// <param name="many">The same for several: "holdings without a company issuer".</param>
    public static string? InHoldings(ReportSummary summary, RowState state, string one, string many)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.ByHolding is { } byHolding && LinesOfEntries(summary, state) is { } lines ? $"{Count(byHolding.Of(state), one, many)} ({lines})" : null;
    }

    /// <summary>
    /// "3 holdings without a company issuer (68 lines of an N-PORT filing's XML) were excluded", where some holdings are
    /// N-PORT filings' entries with lines excluded (<see cref="InHoldings"/>), for a headline's excluded holdings. Null where
    /// the lines are the count, and the headline counts lines.
    /// </summary>
    /// <param name="one">What one holding is: "holding without a company issuer", "non-equity holding".</param>
    /// <param name="many">The same for several.</param>
    public static string? ExcludedInHoldings(ReportSummary summary, string one, string many) =>
        InHoldings(summary, RowState.Excluded, one, many) is { } excluded ? $"{excluded} {Verb(summary.ByHolding!.Excluded, "was", "were")} excluded" : null;

    /// <summary>
    /// The lines of a state where some are of N-PORT filings' XML (<see cref="ReportSummary.Entries"/>): "68 lines of an
    /// N-PORT filing's XML", or "70 lines, 68 of them of an N-PORT filing's XML". Null where the filings have no line in it.
    /// </summary>
    public static string? LinesOfEntries(ReportSummary summary, RowState state)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Entries is not { } entries || entries.Lines.Of(state) == 0) return null;
        var all = summary.Lines.Of(state);
        var ofFilings = entries.Lines.Of(state);
        return all == ofFilings
            ? $"{Count(all, "line", "lines")} of {FilingsXml(entries.Filings)}"
            : $"{Count(all, "line", "lines")}, {Number(ofFilings)} of them of {FilingsXml(entries.Filings)}";
    }

    /// <summary>
    /// Beside a table of lines by state, where some are N-PORT filings' XML (<see cref="ReportSummary.Entries"/>): what those
    /// lines are in holdings, so that no count of lines reads as one of holdings: "Of the lines in the table, 163 are of an N-PORT
    /// filing's XML, where a holding (an invstOrSec entry) spans several lines and each of them counts in the holding's
    /// state: its 5 holdings are 1 matched (21 lines), 1 unmatched (25 lines) and 3 excluded (68 lines), and its other 49
    /// lines are not a holding." Null where there are none.
    /// </summary>
    public static string? StatesOfEntries(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Entries is not { } entries) return null;
        var h = entries.Holdings;
        var byState = HoldingStates.Where(s => h.Of(s) > 0).Select(s => $"{Number(h.Of(s))} {Of(s)} ({Count(entries.Lines.Of(s), "line", "lines")})").ToList();
        var one = entries.Filings == 1;
        var holdings = byState.Count == 0 ? $"{(one ? "it has" : "they have")} no holding"
            : $"{(one ? "its" : "their")} {Count(h.Total, "holding is", "holdings are")} {Series(byState)}";
        var outside = entries.Lines.NotAHolding == 0 ? ""
            : $", and {(one ? "its" : "their")} other {Count(entries.Lines.NotAHolding, "line is", "lines are")} not a holding";
        return $"Of the lines in the table, {Number(entries.Lines.Total)} {(entries.Lines.Total == 1 ? "is" : "are")} of {FilingsXml(entries.Filings)}, where a holding (an invstOrSec entry) spans several lines " +
            $"and each of them counts in the holding's state: {holdings}{outside}.";
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string Series(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    /// <summary>
    /// "The funds are of 45 dates", and "(3 funds of unknown date)" after it where some funds' dates are unknown: the dated
    /// rows of <see cref="ReportSummary.ByDate"/> are the dates, the row of unknown date is not one.
    /// </summary>
    public static string DatesOfFunds(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var dated = summary.ByDate.Count(d => d.AsOf is not null);
        var undated = summary.ByDate.Where(d => d.AsOf is null).Sum(d => d.Funds);
        return $"The funds are of {Count(dated, "date", "dates")}" + (undated > 0 ? $" ({Count(undated, "fund", "funds")} of unknown date)" : "");
    }

    /// <summary>
    /// What the count of holdings read (<see cref="ReportSummary.HoldingRows"/>) counts, where some are N-PORT filings'
    /// entries and "holding rows" would read as lines: "Holdings (a row, or an invstOrSec entry of an N-PORT filing's XML)".
    /// Null where every holding is a row.
    /// </summary>
    public static string? HoldingsRead(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Entries is { } entries ? $"Holdings (a row, or an invstOrSec entry of {FilingsXml(entries.Filings)})" : null;
    }

    /// <summary>The basis as a code: <c>named</c>, <c>parent-of-named</c>, <c>subsidiary-of-named</c>.</summary>
    public static string Code(Basis basis) => basis switch
    {
        Basis.Named => "named",
        Basis.ParentOfNamed => "parent-of-named",
        _ => "subsidiary-of-named",
    };

    /// <summary>A company's state in the scheme view, in words that say what it means.</summary>
    public static string OfCompanyState(RowState state) => state switch
    {
        RowState.Matched => "matched (named by a source)",
        RowState.Related => "related (parent or subsidiary of a named entity)",
        _ => Of(state),
    };

    /// <summary>
    /// Why a company is on the list in brief, for a sentence such as a key finding: the counts of
    /// <see cref="CompanyExposure.BasisText"/> without its sources ("named by 1 list or report; its subsidiary Xinjiang Daqo
    /// New Energy Co., Ltd. by 2 lists or reports"), from the same wording.
    /// </summary>
    public static string BasisInBrief(CompanyExposure company, ListsUsed? lists) => Families.BasisWording.Text(
        company.Basis,
        company.Allegations.Select(a => Listings.BasisRow(a, lists)),
        company.Relations.FirstOrDefault(r => r.Relation.StartsWith("parent of ", StringComparison.Ordinal))?.Name,
        company.ReviewNote,
        asOf: null,
        brief: true);

    /// <summary>
    /// The basis beside a company's entry: "named by a source itself", "listed on OFAC SDN List" (<see cref="Listings.NamedAs"/>), qualified where the list's caveat says the
    /// attribution is inferred or ambiguous ("named by a source itself, attribution inferred: see caveat"), or "not named
    /// itself: parent of a named entity; its holdings are reported as related, never as flagged".
    /// </summary>
    public static string BasisLine(CompanyExposure company, ListsUsed? lists) => company.Basis == Basis.Named
        ? Listings.NamedAs(Basis.Named, company, lists, itself: true) + (Attribution.IsInferred(company.ReviewNote) ? ", " + Attribution.Qualifier : "")
        : ListTerms.Of(lists) is var t && t == ListTerms.NamedOnly
            ? $"not named itself: {Of(company.Basis)}; its holdings are reported as related, never as flagged"
            : $"{t.NotItself}: {t.Of(company.Basis)}; its holdings are reported as related, never as flagged";

    public static string Of(Basis basis) => basis switch
    {
        Basis.Named => "named by a source",
        Basis.ParentOfNamed => "parent of a named entity",
        _ => "subsidiary of a named entity",
    };

    public static string Of(SubjectRelation relation) => relation switch
    {
        SubjectRelation.Self => "the company itself",
        SubjectRelation.Subsidiary => "a subsidiary of this company",
        SubjectRelation.Parent => "the parent of this company",
        _ => "an affiliate of this company",
    };

    /// <summary>
    /// A gap in a scheme's coverage as a code, as the JSON writes it: <c>no-holdings-file</c>, <c>no-constituent-list</c>,
    /// <c>no-weights</c>, <c>fund-value-unknown</c>, <c>fund-value-zero</c>, <c>not-screened</c>, <c>weights-short</c>,
    /// <c>weights-over</c>, <c>part-listed</c>, <c>net-assets-differ</c>, <c>weights-and-values-disagree</c>.
    /// </summary>
    public static string Code(CoverageGapKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>A change between snapshots as a code: <c>added</c>, <c>removed</c>, <c>up</c>, <c>down</c>.</summary>
    public static string Code(HoldingChange change) => change.ToString().ToLowerInvariant();

    /// <summary>
    /// A market's change as changes.csv and the workbook word it: <c>entry</c>, <c>exit</c>, or <c>no-later-report</c> for a
    /// company held by a fund with no report in the latest data set (the fund's own exit, not a sale); <c>awaiting-review</c>
    /// or <c>not-compared</c> where the report without the company may hold it after all (<see cref="FundChange.Doubt"/>).
    /// </summary>
    public static string Code(FundChange change) =>
        change.Fund == MarketPresence.NoLaterReport ? "no-later-report"
        : change.Doubt == ChangeDoubt.AwaitingReview ? "awaiting-review"
        : change.Doubt == ChangeDoubt.NotCompared ? "not-compared"
        : change.Change == HoldingChange.Added ? "entry" : "exit";

    public static string Of(FundValueBasis basis) => basis switch
    {
        FundValueBasis.StatedNetAssets => "stated net assets",
        FundValueBasis.SumOfRows => "sum of rows",
        FundValueBasis.ImpliedByWeights => "implied by the file's weights",
        FundValueBasis.SumOfRowsStatedNotPositive => "sum of rows (the file states net assets of zero or less, which cannot be the base of weights)",
        FundValueBasis.ConstituentWeights => "constituent weights",
        FundValueBasis.SeveralCurrencies => "unknown (values in several currencies)",
        FundValueBasis.SumOfRowsStatedSetAside => "sum of rows (the net assets the file states cannot be the base of weights)",
        _ => "unknown",
    };

    /// <summary>The fund value's basis as a code: <c>stated-net-assets</c>, <c>sum-of-rows</c>, <c>implied-by-weights</c>, <c>sum-of-rows-stated-not-positive</c>, <c>constituent-weights</c>, <c>several-currencies</c>, <c>sum-of-rows-stated-set-aside</c>, <c>unknown</c>.</summary>
    public static string Code(FundValueBasis basis) => basis switch
    {
        FundValueBasis.StatedNetAssets => "stated-net-assets",
        FundValueBasis.SumOfRows => "sum-of-rows",
        FundValueBasis.ImpliedByWeights => "implied-by-weights",
        FundValueBasis.SumOfRowsStatedNotPositive => "sum-of-rows-stated-not-positive",
        FundValueBasis.ConstituentWeights => "constituent-weights",
        FundValueBasis.SeveralCurrencies => "several-currencies",
        FundValueBasis.SumOfRowsStatedSetAside => "sum-of-rows-stated-set-aside",
        _ => "unknown",
    };

    /// <summary>The weights' basis as a code: <c>value-over-fund-value</c>, <c>file-weights</c>.</summary>
    public static string Code(WeightBasis basis) => basis == WeightBasis.FileWeights ? "file-weights" : "value-over-fund-value";

    public static string Of(WeightBasis basis) => basis == WeightBasis.FileWeights ? "the file's own weights" : "value over fund value";

    /// <summary>Why value in a scheme's funds was not looked through to a company: it has none behind it.</summary>
    public const string ExcludedGap =
        "not screened: cash, currency, money market, government, agency, supranational or municipal debt, derivatives on an index, a rate or a commodity, or no company issuer";

    /// <summary>What is screened and what is not, for the methodology of every output.</summary>
    public const string InstrumentsMethod =
        "Every holding with a company behind it is screened: shares, preferred shares and depositary receipts, rights and warrants, " +
        "corporate bonds, notes, convertibles and loans, and derivatives written on a company (total return swaps, single-name options, " +
        "credit default swaps). A note a bank issues on a company's shares (a participation note, a LEPO) is screened on the company its " +
        "title or description names (\"UBS AG P-Note on X\"), and a company found there is a candidate for review, never a match: the " +
        "holding is the bank's note; a note whose title names no company is screened on its issuer, the bank. " +
        "The issuer is taken from the row: its issuer column or issuer name and LEI where the " +
        "file gives them, a derivative's reference instrument, or else the description with coupon, maturity and kind stripped " +
        "(ZIJIN MINING 5.25% 11/03/29 is read as ZIJIN MINING). Not screened, each with its reason: cash, currency, money market and repo, " +
        "government, agency, supranational and municipal debt, derivatives on an index, a rate or a commodity, and whatever shows no " +
        "company issuer. Value held in shares and in bonds is given apart; a derivative's notional is its exposure and is shown apart, " +
        "never added to the value held (its market value counts in the fund's value only).";

    /// <summary>The instrument type as a code: <c>equity</c>, <c>debt</c>, <c>derivative</c>, <c>other</c>.</summary>
    public static string Code(InstrumentType type) => type.ToString().ToLowerInvariant();

    /// <summary>The instrument type in words: "shares", "bond", "derivative", "other".</summary>
    public static string Of(InstrumentType type) => type switch
    {
        InstrumentType.Equity => "shares",
        InstrumentType.Debt => "bond",
        InstrumentType.Derivative => "derivative",
        _ => "other",
    };

    /// <summary>Why a row is not screened, in words: "government debt", "cash" ...</summary>
    public static string Of(Exclusion exclusion) => AssetClasses.Describe(exclusion);

    /// <summary>Where the issuer matched on comes from, in words.</summary>
    public static string Of(IssuerSource source) => source switch
    {
        IssuerSource.IssuerColumn => "issuer named by the file",
        IssuerSource.Description => "issuer read from the description",
        IssuerSource.ReferenceInstrument => "reference instrument of the derivative",
        IssuerSource.NoteOn => "company the note is written on",
        _ => "name",
    };

    /// <summary>What a finding is, in words: "shares", "bond, 5.25% due 2029-11-03", "derivative, long, notional USD 1,000,000".</summary>
    public static string Instrument(HoldingFinding f, string? currency)
    {
        var text = Of(f.Instrument);
        if (f.Terms?.Text is { Length: > 0 } terms) text += ", " + terms;
        if (f.Instrument == InstrumentType.Derivative)
        {
            if (f.Direction is { } direction) text += ", " + direction.ToLowerInvariant();
            text += ", notional " + Money(f.Notional, f.NotionalCurrency ?? currency);
        }
        if (f.ShortFrom is { } evidence) text += ", " + ShortPosition(evidence);
        return text;
    }

    /// <summary>How a company is held through one instrument: "ZIJIN MINING 5.25% 11/03/29: bond, 5.25% due 2029-11-03".</summary>
    public static string Of(HeldInstrument i, string? currency)
    {
        var text = $"{i.Description}: {Of(i.Instrument)}";
        if (i.Terms is { } terms) text += ", " + terms;
        if (i.Instrument == InstrumentType.Derivative)
        {
            if (i.Direction is { } direction) text += ", " + direction.ToLowerInvariant();
            return text + ", notional " + Money(i.Notional, i.NotionalCurrency ?? currency);
        }
        return text + ", " + Money(i.Value, currency);
    }

    /// <summary>What a short position is, in words, by what shows it: "short position, not counted as held".</summary>
    public static string ShortPosition(ShortEvidence evidence) => evidence == ShortEvidence.Direction
        ? "short position, not counted as held"
        : "negative value with no direction given (a short position or a liability), not counted as held";

    /// <summary>How a company is held in one fund, when through more than one kind of instrument or anything else than shares; empty otherwise.</summary>
    public static IReadOnlyList<string> HeldThrough(CompanyHolding holding) =>
        holding.Instruments is { } instruments && instruments.Any(i => i.Instrument != InstrumentType.Equity)
            ? instruments.Select(i => Of(i, holding.Currency)).ToList()
            : [];

    /// <summary>What the value held is in: "shares", "shares and bonds", "shares, bonds and other instruments".</summary>
    public static string HeldIn(InstrumentSplit split)
    {
        var parts = new List<string>();
        if (split.ShareRows > 0 || (split.BondRows == 0 && split.OtherRows == 0)) parts.Add("shares");
        if (split.BondRows > 0) parts.Add("bonds");
        if (split.OtherRows > 0) parts.Add("other instruments");
        return parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";
    }

    /// <summary>
    /// What a value held includes and what stands apart: "USD 4,200,000 in shares and bonds of named companies (USD 3,100,000 in
    /// shares, USD 1,100,000 in bonds); USD 1,100,000 notional in derivatives on them, not added to the value held". Empty
    /// when only shares are held and no derivative.
    /// </summary>
    public static string Split(InstrumentSplit split, string? currency, string whose = "named companies", string onWhom = "them")
    {
        if (!split.HasMoreThanShares) return "";
        // A figure that leaves out rows of unknown value is a lower bound, said so where it stands.
        string Held(decimal? value, int unknown) => AtLeast(unknown > 0 && value is not null) + Money(value, currency);
        var parts = new List<string>();
        if (split.ShareRows > 0) parts.Add($"{Held(split.Shares, split.SharesUnknown)} in shares");
        if (split.BondRows > 0) parts.Add($"{Held(split.Bonds, split.BondsUnknown)} in bonds");
        if (split.OtherRows > 0) parts.Add($"{Held(split.Other, split.OtherUnknown)} in other instruments");
        var text = split.ShareRows + split.BondRows + split.OtherRows > 0
            ? $"{Held(split.Held, split.HeldUnknown)} in {HeldIn(split)} of {whose}" + (parts.Count > 1 ? $" ({string.Join(", ", parts)})" : "")
            : $"nothing held in shares or bonds of {whose}";
        if (split.DerivativeRows > 0)
        {
            // Notionals stated in another currency are never added to those in the fund's: they are named where each holding is.
            var inFundCurrency = split.DerivativeRows - split.NotionalUnknown - split.NotionalInOtherCurrency;
            text += inFundCurrency <= 0 && split.NotionalInOtherCurrency > 0
                ? $"; {Count(split.DerivativeRows, "derivative", "derivatives")} on {onWhom}, not added to the value held"
                : "; " + Notionals(split.NotShortDerivatives, Money(split.DerivativeNotional, currency), Count(split.NotShortDerivatives, "derivative", "derivatives"),
                    split.ShortDerivatives, Money(split.ShortNotional, currency), Count(split.ShortDerivatives, "short derivative", "short derivatives"), onWhom);
            if (split.NotionalUnknown > 0) text += $" ({Count(split.NotionalUnknown, "notional is", "notionals are")} not given)";
            if (split.NotionalInOtherCurrency > 0)
                text += $" ({Count(split.NotionalInOtherCurrency, "notional is", "notionals are")} stated in another currency, not added: see the holdings)";
        }
        if (split.ShortRows > 0)
        {
            // A short of unknown size is said here, among the shorts: it is not a holding of unknown value.
            var unknown = split.ShortValuesUnknown;
            var size = split.ShortValue is null ? "" : $"{Money(split.ShortValue, currency)} in ";
            var sizes = unknown == 0 ? ""
                : unknown == split.ShortRows ? Verb(unknown, " of unknown size", " of unknown sizes")
                : $" ({Number(unknown)} of unknown size)";
            text += $"; {size}{Count(split.ShortRows, "short position", "short positions")} in {onWhom}{sizes}, not counted as held";
        }
        return text;
    }

    /// <summary>
    /// Why derivatives' notionals are left out of a split's notional: "1 notional stated in another currency and 2 not
    /// given"; empty when every notional is in it. Where none is in it, the notional is unknown, never 0.
    /// </summary>
    public static string NotionalsNotAdded(InstrumentSplit split)
    {
        ArgumentNullException.ThrowIfNull(split);
        var parts = new List<string>();
        if (split.NotionalInOtherCurrency > 0) parts.Add($"{Count(split.NotionalInOtherCurrency, "notional", "notionals")} stated in another currency");
        if (split.NotionalUnknown > 0) parts.Add($"{Count(split.NotionalUnknown, "notional", "notionals")} not given");
        return string.Join(" and ", parts);
    }

    /// <summary>The same for a scheme's look-through, in the report currency.</summary>
    public static string Split(HeldSplit split, string currency, string whose = "named companies")
    {
        if (!split.HasMoreThanShares) return "";
        var parts = new List<string> { $"{Money(split.Shares, currency)} in shares", $"{Money(split.Bonds, currency)} in bonds" };
        if (split.Other != 0) parts.Add($"{Money(split.Other, currency)} in other instruments");
        var text = $"{Money(split.Shares + split.Bonds + split.Other, currency)} held in {whose} ({string.Join(", ", parts)})";
        // Rows are not counted through a scheme (a row reached by several paths is one row): a notional present is one of some derivatives.
        if (split.DerivativeNotional != 0 || split.ShortNotional != 0)
            text += "; " + Notionals(split.DerivativeNotional != 0 ? 1 : 0, Money(split.DerivativeNotional, currency), "derivatives",
                split.ShortNotional != 0 ? 1 : 0, Money(split.ShortNotional, currency), "short derivatives", "them");
        return text;
    }

    /// <summary>
    /// Derivatives' notionals, a short derivative's apart, never added to a long one: "USD 900,000 notional in 1 derivative not
    /// short and USD 500,000 in 1 short derivative on them, not added to each other or to the value held"; the fund's, a
    /// company's and the scheme's words alike.
    /// </summary>
    /// <param name="notShort">How many derivatives are not short (long, or of no direction stated): 0 when none.</param>
    /// <param name="shorts">How many derivatives are short: 0 when none.</param>
    private static string Notionals(int notShort, string notShortNotional, string notShortOnes, int shorts, string shortNotional, string shortOnes, string onWhom) =>
        shorts == 0 ? $"{notShortNotional} notional in {notShortOnes} on {onWhom}, not added to the value held"
        : notShort == 0 ? $"{shortNotional} notional in {shortOnes} on {onWhom}, not added to the value held"
        : $"{notShortNotional} notional in {notShortOnes} not short and {shortNotional} in {shortOnes} on {onWhom}, not added to each other or to the value held";

    /// <summary>One feature compared: <c>feature: 'holding value' vs 'list value' (score) note</c>.</summary>
    public static string Of(Evidence e) => string.Create(CultureInfo.InvariantCulture, $"{e.Feature}: '{e.HoldingValue}' vs '{e.ReferenceValue}' ({e.Score:0.###}) {e.Note}");
}
