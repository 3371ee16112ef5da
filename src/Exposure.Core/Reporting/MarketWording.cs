using System.Globalization;

namespace Exposure.Core.Reporting;

/// <summary>
/// The sentences the PDF and the web page both use for a market (<see cref="MarketLayout"/>): how many rows a bounded
/// table leaves out and where every row is listed, and what to do when there are no reports to compare.
/// </summary>
public static class MarketWording
{
    public const string FundsWhere = "the workbook's Funds sheet, funds.csv and the JSON (funds) list every one, each report of each fund";

    public const string CompaniesWhere = "the workbook's Market companies sheet and the JSON (market.companies) list every one";

    public const string ProfilesWhere = "the workbook's Companies and Sources sheets and the JSON (companies) give every company held, with its sources and caveat";

    /// <summary>
    /// What the PDF and the web page list of a market, on their covers: each bounded table at most its
    /// <see cref="MarketLayout.Rows"/> rows, which a market of fewer funds does not fill; every row elsewhere.
    /// </summary>
    public static string ListedHere { get; } =
        $"at most {Wording.Number(MarketLayout.Rows)} funds, registrants or companies in each table, those with the most exposure; " +
        "the workbook, the CSV files and the JSON list every one";

    /// <summary>The registrants table's one row for the funds whose filings name no registrant: never a fund's name in its place.</summary>
    public const string RegistrantUnknown = "Registrant unknown (the data set names none)";

    /// <summary>
    /// Who files the funds, after their count: "filed by 2 registrants"; "filed by 1 registrant (1 fund's registrant
    /// unknown)"; "(registrant unknown)" where no fund's registrant is known (a data set without REGISTRANT.tsv).
    /// </summary>
    public static string FiledBy(MarketSummary s) => FiledBy(s.Registrants, s.FundsRegistrantUnknown);

    /// <summary>As <see cref="FiledBy(MarketSummary)"/>, of the funds holding a company.</summary>
    public static string FiledBy(MarketCompany c) => FiledBy(c.Registrants, c.FundsRegistrantUnknown);

    private static string FiledBy(int registrants, int unknown) => (registrants, unknown) switch
    {
        (_, 0) => $"filed by {Wording.Count(registrants, "registrant", "registrants")}",
        (0, _) => "(registrant unknown: the data set names none)",
        _ => $"filed by {Wording.Count(registrants, "registrant", "registrants")} ({RegistrantUnknownFunds(unknown)})",
    };

    /// <summary>
    /// Who files the funds holding a company the lists flag, beside their count: "filed by 2 of 3 registrants", "filed by 1
    /// of 2 registrants; 1 fund's registrant unknown"; where the data set names no registrant at all (no REGISTRANT.tsv),
    /// "filed by funds whose registrant the data set does not name", never "0 of 0 registrants".
    /// </summary>
    public static string FilingFlagged(MarketSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Registrants == 0 && s.FundsRegistrantUnknown > 0) return NoRegistrantNamed;
        return $"filed by {Wording.Number(s.RegistrantsFilingNamed)} of {Wording.Count(s.Registrants, "registrant", "registrants")}" +
            (s.FundsRegistrantUnknown > 0 ? $"; {RegistrantUnknownFunds(s)}" : "");
    }

    /// <summary>
    /// Who holds a company in the funds' latest reports: "2 funds of 1 registrant in their latest reports (1 fund's registrant
    /// unknown)"; where the data set names no registrant, "1 fund in its latest report, filed by funds whose registrant the
    /// data set does not name".
    /// </summary>
    public static string HeldBy(MarketCompany c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Registrants == 0 && c.FundsRegistrantUnknown > 0)
            return $"{Wording.Count(c.Funds, "fund in its latest report", "funds in their latest reports")}, whose registrant the data set does not name";
        return $"{Wording.Count(c.Funds, "fund", "funds")} of {Wording.Count(c.Registrants, "registrant", "registrants")} in their latest reports" +
            (c.FundsRegistrantUnknown > 0 ? $" ({RegistrantUnknownFunds(c.FundsRegistrantUnknown)})" : "");
    }

    /// <summary>
    /// The registrants filing funds that hold a company the lists flag, of all registrants: "2 of 3"; where the data set
    /// names no registrant at all, "unknown: the data set names no registrant", never "0 of 0".
    /// </summary>
    public static string RegistrantsFilingFlagged(MarketSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Registrants == 0 && s.FundsRegistrantUnknown > 0
            ? $"{Wording.Unknown}: the data set names no registrant"
            : $"{Wording.Number(s.RegistrantsFilingNamed)} of {Wording.Number(s.Registrants)}";
    }

    /// <summary>Said of funds where the data set names no registrant at all (it has no REGISTRANT.tsv, or none of their filings is in it).</summary>
    public const string NoRegistrantNamed = "filed by funds whose registrant the data set does not name";

    /// <summary>"2 funds' registrant unknown": the funds counted in no registrant; "" where every fund's registrant is known.</summary>
    public static string RegistrantUnknownFunds(MarketSummary s) => RegistrantUnknownFunds(s.FundsRegistrantUnknown);

    public static string RegistrantUnknownFunds(int funds) =>
        funds == 0 ? "" : $"{Wording.Count(funds, "fund's", "funds'")} registrant unknown";

    public const string RegistrantsWhere = "the workbook's Registrants sheet, registrants.csv and the JSON (market.registrants) list every one";

    public const string FindingsWhere = "matches.csv, the workbook's Matches and Review sheets and the JSON (findings) list every one, with its rule and evidence";

    public const string HoldersWhere = "the workbook's Matches sheet and matches.csv list every holding";

    public const string RejectedWhere = "rejected.csv and the workbook's Rejected sheet list every one";

    public const string SchemeHoldingsWhere = "the workbook's Scheme holdings sheet and the JSON (portfolio.entries) list every one";

    public const string CoverageWhere = "the workbook's Coverage sheet and the JSON (portfolio.coverage.gaps) list every one";

    public const string PathsWhere = "the workbook's Exposure paths sheet and the JSON (portfolio.companies) give every path of every company";

    public const string CategoriesWhere = "the JSON (funds[].byCategory) gives every fund's figures by category";

    public const string DatesWhere = "the workbook's Summary sheet and the JSON (summary.byDate) give every date";

    public const string InputsWhere = "the workbook's Run info sheet and the JSON (run.inputs) give every input file with its size and SHA-256";

    public const string WeightsWhere = "the JSON (funds[].weightCheck) gives every fund's check";

    public const string HoldingsWhere =
        "Every holding of a named or related company is in matches.csv and the workbook's Matches sheet.";

    /// <summary>
    /// Beside the entries and exits: those not counted, as the report without the company may hold it after all; "" when
    /// there are none.
    /// </summary>
    public static string InDoubt(MarketSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var n = summary.ChangesInDoubt;
        if (n == 0) return "";
        var count = n.ToString("N0", CultureInfo.InvariantCulture);
        return $" A further {count} {(n == 1 ? "entry or exit is" : "entries or exits are")} not counted: the report without the company has a row of it " +
            "awaiting review, or rows that could not be read, so it may hold the company after all (\"awaiting-review\" or \"not-compared\" in changes.csv).";
    }

    public const string ChangesWhere =
        "Every entry and exit, fund by fund, is in the workbook's Fund changes sheet, changes.csv and the JSON (market.changes).";

    public const string NothingToCompare =
        "Every fund has reports of one date only, so there are no entries or exits to compare. To compare, screen two quarters' " +
        "data sets together (--holdings 2026q1_nport.zip 2026q2_nport.zip), or every month of one (--nport-months all).";

    /// <summary>How a market's figures are made, for the methodology of the PDF and the web page.</summary>
    public const string Method =
        "The funds come from SEC Form N-PORT data sets. A fund is a series (its SEC series id; a filing without one is keyed by " +
        "its registrant's CIK and its name), filed by a registrant (its CIK and name). Each data set gives each series' latest report of the quarter, or " +
        "every month with --nport-months all; several data sets (two quarters) may be screened together. The market's figures " +
        "use each fund's latest report: two reports of the same date count once: the one filed last (filed the same day, an " +
        "amendment, then the later accession number), whatever the order the data sets are given in. Registrants' and companies' " +
        "values are summed only over funds reporting in one currency, else not given. An entry is a named or related company a " +
        "fund holds in a report and did not hold in its previous one; an exit, the reverse. A holding dropped or added because a " +
        "row could not be read, or because the list changed, shows as an exit or entry too. Largest holdings add up a fund's rows " +
        "of one company. Holding a company a source names says nothing of wrongdoing by a fund or by the registrant that files it.";

    /// <summary>
    /// What a market's tables say beside the figures of a fund with no report in the latest data set
    /// (<see cref="FundExposure.NoLaterReportIn"/>): they are its last report's, listed and not counted. Null for any other fund.
    /// </summary>
    public static string? NoLaterReport(FundExposure fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return fund.NoLaterReportIn is { } latest
            ? $"No report in {latest} (stopped filing, or not in that data set): its last report, not counted in the totals"
            : null;
    }

    /// <summary>
    /// Why a report of a market's fund is not counted in the figures, as the model marks it: an earlier report, superseded by
    /// its fund's later report (<see cref="FundExposure.SupersededBy"/>); a report of the same date that another report of
    /// the fund replaces (an amendment, or the same report filed again), itself counted or an earlier report; or the last report of a fund with no report in the latest data set (<see cref="NoLaterReport"/>).
    /// Null for a report the figures count.
    /// </summary>
    public static string? NotCounted(FundExposure fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        if (NoLaterReport(fund) is { } gone) return gone;
        if (fund.SupersededBy is not { } by) return null;
        var accession = by.AccessionNumber is { } a ? $" (accession {a})" : "";
        var date = by.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown date";
        if (by.AsOf is not { } asOf || asOf != fund.AsOf)
            return $"Earlier report, not counted: its fund counts by its report as of {date}{accession}";
        // An amendment answers every item of the report again: it replaces the report it amends.
        if (by.IsAmendment)
        {
            var filed = by.FiledOn is { } on ? $", filed {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";
            return $"Not counted: replaced by its amendment ({by.FormType!.Trim()}{(by.AccessionNumber is { } n ? $", accession {n}" : "")}{filed})";
        }
        return $"Not counted: replaced by another report of the same date{accession}";
    }

    /// <summary>Whether a market's fund reports in the latest data set, in words: its last report not counted when it does not.</summary>
    public static string Presence(MarketPresence presence) => presence switch
    {
        MarketPresence.NoLaterReport => "no: its last report, not counted",
        MarketPresence.FirstReport => "yes: its first report",
        _ => "yes",
    };

    /// <summary>Who files a fund, as a market's tables give it under the fund: "Beta Trust · CIK 1234567"; null when neither is known.</summary>
    public static string? Filer(string? registrant, string? cik) =>
        (registrant, cik) switch
        {
            (null, null) => null,
            ({ } r, null) => r,
            (null, { } c) => "CIK " + c,
            ({ } r, { } c) => $"{r} · CIK {c}",
        };

    /// <summary>
    /// What the funds table of a market leaves out besides funds: earlier reports of its funds; null when there are none.
    /// The table lists every fund by its latest report, the last report of a fund with no report in the latest data set
    /// included, though the market's figures do not count it.
    /// </summary>
    public static string? EarlierReports(MarketView market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var earlier = market.Summary.Reports - market.Funds.Count;
        return earlier <= 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{(earlier == 1 ? "One earlier report" : $"{earlier:#,0} earlier reports")} of these funds {(earlier == 1 ? "is" : "are")} not listed here; {FundsWhere}.");
    }

    /// <summary>What a scheme's bounded table of companies and their paths leaves out, and where it is; null when nothing is left out.</summary>
    public static string? SchemePaths(int companiesShown, int companies, bool pathsCut) =>
        (companiesShown < companies, pathsCut) switch
        {
            (true, true) => string.Create(CultureInfo.InvariantCulture,
                $"The first {companiesShown:#,0} of {companies:#,0} companies are shown, each with at most its first {MarketLayout.PathsListed} paths; {PathsWhere}."),
            (true, false) => string.Create(CultureInfo.InvariantCulture, $"The first {companiesShown:#,0} of {companies:#,0} companies are shown; {PathsWhere}."),
            (false, true) => string.Create(CultureInfo.InvariantCulture, $"Each company is shown with at most its first {MarketLayout.PathsListed} paths; {PathsWhere}."),
            _ => null,
        };

    /// <summary>"The first 25 of 2,000 funds are shown; the workbook's … list every one.", or null when every row is shown.</summary>
    public static string? Rest(int shown, int total, string what, string where) =>
        shown >= total
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"The first {shown:#,0} of {total:#,0} {what} are shown; {where}.");
}
