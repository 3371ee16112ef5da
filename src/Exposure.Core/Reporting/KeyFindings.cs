using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>
/// The executive summary's key findings and the line on the largest flagged weight, worded once from the model so that
/// the PDF and the web page say the same. Every figure is the model's; the only things done here are choosing (the
/// largest, the first few), counting items the model lists, and wording. The words keep the report's care: companies
/// are "named by" sources, related companies and holdings awaiting review are never described as flagged, and what was
/// not looked through is said, not hidden.
/// </summary>
public static class KeyFindings
{
    private const int PathsNamed = 2;
    private const int GapsNamed = 2;

    /// <summary>The key findings of a report, each a sentence or two in runs of words (some to be set in bold).</summary>
    public static IReadOnlyList<IReadOnlyList<FindingRun>> Of(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Portfolio is { } p ? SchemeFindings(report, p)
            : report.Market is { } m ? MarketFindings(report, m)
            : FundFindings(report);
    }

    /// <summary>
    /// The fund with the largest flagged weight, and how many funds holding a named company have a weight that is unknown
    /// (no value or weight in the file could be read): "no fund has a flagged weight above zero" is said only when it is so.
    /// </summary>
    public static string LargestWeight(ExposureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var funds = MarketLayout.CountedFunds(report);
        var top = funds.Where(f => f.FlaggedWeight > 0).OrderByDescending(f => f.FlaggedWeight).ThenBy(f => f.DisplayName, StringComparer.Ordinal).FirstOrDefault();
        var unknown = funds.Count(f => f.CompaniesFlagged > 0 && f.FlaggedWeight is null);
        var unknownNote = unknown == 0 ? "" : funds.Count == 1
            ? "its flagged weight is unknown: no value or weight in the file could be read"
            : $"{Wording.Count(unknown, "fund's flagged weight is", "funds' flagged weights are")} unknown: no value or weight in {(unknown == 1 ? "its file" : "their files")} could be read";
        return (top, unknown) switch
        {
            (null, 0) => "No fund has a flagged weight above zero",
            (null, _) => Wording.Capitalised(unknownNote),
            (_, 0) => $"Largest flagged weight: {Wording.FlaggedWeightAtLeast(top)}{Wording.Percent(top.FlaggedWeight)}, {top.DisplayName}",
            _ => $"Largest known flagged weight: {Wording.FlaggedWeightAtLeast(top)}{Wording.Percent(top.FlaggedWeight)}, {top.DisplayName}; {unknownNote}",
        };
    }

    /// <summary>"named by 1 list or report; its subsidiary … by 2 lists or reports": the company's basis in brief, as the model words it.</summary>
    public static string NamedBy(ExposureReport report, string companyId)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Companies.FirstOrDefault(c => c.Id == companyId) is { } company ? InSentence(Wording.BasisInBrief(company, report.Run.Lists)) : report.Terms.By;
    }

    /// <summary>
    /// " ZTE Corporation is named by 1 list or report (…)." — who names the company, as a sentence of its own after the
    /// finding's figures: a source's title may hold brackets of its own, and inside the finding's they would nest three deep.
    /// </summary>
    private static string WhoNames(ExposureReport report, string companyId, string name) => $" {name} is {NamedBy(report, companyId)}.";

    private static List<IReadOnlyList<FindingRun>> SchemeFindings(ExposureReport report, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        var t = report.Terms;
        var findings = new List<IReadOnlyList<FindingRun>>();

        if (p.Companies.FirstOrDefault(x => x.State == RowState.Matched) is { } top)
        {
            var paths = string.Join(", ", top.Paths.Take(PathsNamed).Select(x => $"{x.Route} ({x.Manager}, {SchemeBounds.Total(x.ValueBound, Wording.Money(x.Value, c))})"));
            // A row beyond the listed paths stands for several (ExposurePath.PathsCombined): count paths, not rows.
            var others = top.Paths.Skip(PathsNamed).Aggregate(0L, (n, x) => n > long.MaxValue - (x.PathsCombined ?? 1) ? long.MaxValue : n + (x.PathsCombined ?? 1));
            var more = others > 0 ? $" and {Wording.Number(others)} other {(others == 1 ? "path" : "paths")}" : "";
            findings.Add(
            [
                "The largest exposure is to ",
                new FindingRun(top.Name, true),
                $": {SchemeBounds.Total(top.ValueBound, Wording.Money(top.Value, c))}, " +
                $"{SchemeBounds.Share(top.ValueBound, top.Share, p.TotalInvested)} of the amount invested, " +
                $"held through {paths}{more}.{WhoNames(report, top.CompanyId, top.Name)}",
            ]);
        }
        else
        {
            findings.Add([$"No holding of the scheme leads to {t.ACompanyBy}, as far as the scheme was looked through."]);
        }

        if (p.Coverage.Gaps.Count == 0)
        {
            findings.Add([$"All of the amount invested ({Wording.Money(p.TotalInvested, c)}) was looked through to company level."]);
        }
        else
        {
            var gaps = string.Join("; ", p.Coverage.Gaps.Take(GapsNamed).Select(g => $"{Wording.Money(g.Value, c)} in {g.Route}: {g.Reason}"));
            var more = p.Coverage.Gaps.Count > GapsNamed
                ? $"; and {Wording.Count(p.Coverage.Gaps.Count - GapsNamed, "smaller amount", "smaller amounts")} listed under Coverage"
                : "";
            findings.Add(
            [
                new FindingRun($"{SchemeBounds.Share(Bound.Exact, p.Coverage.LookedThroughShare, p.TotalInvested)} of the scheme was looked through to company level", true),
                $" ({Wording.Money(p.Coverage.LookedThrough, c)} of {Wording.Money(p.TotalInvested, c)}). The rest was not screened, " +
                $"and any exposure in it is not counted here: {gaps}{more}.",
            ]);
        }

        var review = p.Bounds.ReviewValue ?? Bound.Exact;
        findings.Add(Review(report.Summary,
            review is Bound.ValuesUnknown ? "of unknown value through the scheme"
            : p.ReviewValue == 0 ? null : SchemeBounds.Total(review, Wording.Money(p.ReviewValue, c)) + " through the scheme"));

        var related = p.Companies.Where(x => x.State == RowState.Related).ToList();
        findings.Add(related.Count == 0
            ? [$"No holding of the scheme leads to a related company (a listed parent or subsidiary of {t.AnEntity})."]
            :
            [
                $"Related companies (listed parents or subsidiaries of {t.Entities}, {t.NotThemselves}) add ",
                new FindingRun(SchemeBounds.Stated(p.Bounds.RelatedValue, Wording.Money(p.RelatedValue, c)), true),
                " through the scheme" + (related.Count == 1
                    ? $", all of it in {EndSentence(related[0].Name)}"
                    : $", the largest being {related[0].Name} ({SchemeBounds.Total(related[0].ValueBound, Wording.Money(related[0].Value, c))}).") +
                " They are not counted as flagged.",
            ]);
        return findings;
    }

    private static List<IReadOnlyList<FindingRun>> FundFindings(ExposureReport report)
    {
        var s = report.Summary;
        var c = s.Currency;
        var t = report.Terms;
        var findings = new List<IReadOnlyList<FindingRun>>();

        var named = report.Companies.Where(x => x.Basis == Basis.Named && x.CountedHoldings.Count > 0).ToList();
        if (named.Count == 0)
        {
            findings.Add([$"No fund screened holds {t.ACompanyBy}."]);
        }
        else if (s.TotalsWithheld is null && named.Any(x => x.TotalValue is not null))
        {
            var top = named.Where(x => x.TotalValue is not null).OrderByDescending(x => x.TotalValue).ThenBy(x => x.NameEn, StringComparer.Ordinal).First();
            findings.Add(
            [
                "The largest exposure is to ",
                new FindingRun(top.NameEn, true),
                $": {Wording.Money(top.TotalValue, c)}, held through {HeldThrough(report, top, c)}.{WhoNames(report, top.Id, top.NameEn)}{Later(top)}",
            ]);
        }
        else
        {
            var top = named.OrderByDescending(x => x.CountedHoldings.Count).ThenByDescending(x => x.CountedHoldings.Max(h => h.Weight)).ThenBy(x => x.NameEn, StringComparer.Ordinal).First();
            findings.Add(
            [
                $"The most widely held {t.Companies(1)} is ",
                new FindingRun(top.NameEn, true),
                $", held through {HeldThrough(report, top, null)}.{WhoNames(report, top.Id, top.NameEn)}{Later(top)}",
            ]);
        }

        findings.Add(Lines(s, RejectedCounts.Of(report)));

        findings.Add(Review(s, s.ReviewValue is { } v && v != 0 ? Wording.Money(v, c) : null));

        var related = report.Companies.Where(x => x.Basis != Basis.Named && x.CountedHoldings.Count > 0).ToList();
        if (related.Count == 0)
        {
            findings.Add([$"No fund holds a related company (a listed parent or subsidiary of {t.AnEntity})."]);
        }
        else if (s.RelatedValue is null)
        {
            findings.Add(
            [
                Wording.Verb(report.Funds.Count, "The fund also holds ", "The funds also hold "),
                new FindingRun(Wording.Count(related.Count, "related company", "related companies"), true),
                $" (listed parents or subsidiaries of {t.Entities}, {t.NotThemselves}), the most widely held being {Largest(related, null)}. " +
                "Related holdings are not counted as flagged.",
            ]);
        }
        else
        {
            findings.Add(
            [
                $"Related companies (listed parents or subsidiaries of {t.Entities}, {t.NotThemselves}) add ",
                new FindingRun(Wording.RelatedValueAtLeast(s) + Wording.Money(s.RelatedValue, c), true),
                (Wording.RelatedShareText(s, MarketLayout.CountedFunds(report)) is { Length: > 0 } share ? " " + share : "") +
                (related.Count == 1 ? $", all of it in {EndSentence(related[0].NameEn)}" : $", the largest being {Largest(related, c)}.") +
                " They are not counted as flagged.",
            ]);
        }

        return findings;
    }

    private static List<IReadOnlyList<FindingRun>> MarketFindings(ExposureReport report, MarketView market)
    {
        var s = market.Summary;
        var c = s.Currency;
        var t = report.Terms;
        var findings = new List<IReadOnlyList<FindingRun>>();

        var widest = market.Companies.FirstOrDefault(x => x.Basis == Basis.Named && x.Funds > 0);
        if (widest is null)
        {
            findings.Add([$"No fund's latest report holds {t.ACompanyBy}."]);
        }
        else
        {
            findings.Add(
            [
                $"The {t.Companies(1)} held by the most funds is ",
                new FindingRun(widest.Name, true),
                $": {Wording.Count(widest.Funds, "fund", "funds")} {MarketWording.FiledBy(widest)} " +
                $"{Wording.Verb(widest.Funds, "holds", "hold")} it" +
                (widest.Value is null ? "." : $", {Wording.Money(widest.Value, widest.Currency)} in all.") + WhoNames(report, widest.CompanyId, widest.Name),
            ]);
            if (c is not null && MarketLayout.CompaniesByValue(market).FirstOrDefault(x => x.Basis == Basis.Named && x.Value is not null) is { } largest && largest.CompanyId != widest.CompanyId)
            {
                findings.Add(
                [
                    "The largest value is held in ",
                    new FindingRun(largest.Name, true),
                    $": {Wording.Money(largest.Value, c)} across {Wording.Count(largest.Funds, "fund", "funds")}.{WhoNames(report, largest.CompanyId, largest.Name)}",
                ]);
            }
        }

        if (s.FundsCompared > 0)
        {
            findings.Add(
            [
                new FindingRun($"Between reports: {Plural(s.Entries, "entry", "entries")} and {Plural(s.Exits, "exit", "exits")}", true),
                $" (a fund newly holding a {t.Adjective.Replace(" or ", ", ", StringComparison.Ordinal)} or related company, or no longer holding one)" +
                MostChanged(market, entries: true) + MostChanged(market, entries: false) + ".",
            ]);
        }

        findings.Add(Lines(report.Summary, RejectedCounts.Of(report)));
        findings.Add(Review(report.Summary, null));
        if (s.CompaniesRelated > 0)
        {
            findings.Add(
            [
                $"{Wording.Count(s.FundsHoldingRelated, "fund also holds", "funds also hold")} ",
                new FindingRun(Wording.Count(s.CompaniesRelated, "related company", "related companies"), true),
                $" (listed parents or subsidiaries of {t.Entities}, {t.NotThemselves})" +
                (s.RelatedValue is { } relatedValue ? $", {Wording.Money(relatedValue, c)} in all" : "") + ". They are not counted as flagged.",
            ]);
        }

        return findings;
    }

    /// <summary>
    /// What was rejected and why (and where it is listed), and what was excluded as non-equity: in holdings where some are
    /// N-PORT filings' entries of several lines each (<see cref="Wording.InHoldings"/>), else in lines, each a holding.
    /// </summary>
    private static IReadOnlyList<FindingRun> Lines(ReportSummary summary, RejectedCounts rejected)
    {
        var lines = summary.Lines;
        const string What = "(cash, money market, government debt, index derivatives)";
        var excluded = Wording.LinesOfEntries(summary, RowState.Excluded) is { } ofFilings
            ? $"{Wording.Count(summary.ByHolding!.Excluded, "holding", "holdings")} without a company issuer {What}, {ofFilings}, {(summary.ByHolding.Excluded == 1 ? "was" : "were")} excluded and not screened"
            : $"{Wording.Count(lines.Excluded, "line", "lines")} without a company issuer {What} {(lines.Excluded == 1 ? "was" : "were")} excluded and not screened";
        return lines.Rejected == 0
            ? [$"{ReadAll(summary.ValuesUnknown)}; {excluded}. A fund's holdings in other funds are not looked through without a portfolio file."]
            :
            [
                new FindingRun(Wording.Rejected(rejected), true),
                $"; {(lines.Rejected == 1 ? "it was" : "they were")} not screened: check {(lines.Rejected == 1 ? "it" : "them")} under Rejected lines" +
                $"{Wording.RejectedCheck(rejected)}. {Wording.Capitalised(excluded)}.",
            ];
    }

    /// <summary>The holdings awaiting review: in holdings where some are N-PORT filings' entries, each of several lines; else in lines, each a holding.</summary>
    private static IReadOnlyList<FindingRun> Review(ReportSummary summary, string? value)
    {
        var lines = summary.Lines.NeedsReview;
        if (lines == 0) return ["No holding awaits a person's review."];
        var inHoldings = Wording.InHoldings(summary, RowState.NeedsReview, "holding", "holdings");
        var count = inHoldings is null ? lines : summary.ByHolding!.NeedsReview;
        return
        [
            new FindingRun(inHoldings is null
                ? Wording.Count(lines, "holding line awaits", "holding lines await") + " a person's review"
                : $"{inHoldings} {Wording.Verb(count, "awaits", "await")} a person's review", true),
            (value is null ? "" : $" ({value})") +
            (count == 1
                ? ": a candidate whose identifiers or name only partly agree with the list. It is not counted as flagged until a person confirms it."
                : ": candidates whose identifiers or names only partly agree with the list. They are not counted as flagged until a person confirms them."),
        ];
    }

    /// <summary>
    /// "Every line that looked like a holding could be read", or, when some values could not be, that the lines were read all
    /// the same; never "screened", as lines without a company issuer are read and not screened.
    /// </summary>
    private static string ReadAll(UnknownValues unknown) =>
        unknown.NotReadable == 0
            ? "Every line that looked like a holding could be read"
            : $"Every line that looked like a holding was read, though {Wording.Count(unknown.NotReadable, "value", "values")} in them could not be (said above the figures)";

    /// <summary>" Listed on UFLPA Entity List in August 2024; these holdings are from March 2022 (2022-03-10)." when the company's listing is later than the holdings.</summary>
    private static string Later(CompanyExposure company) =>
        string.Concat(company.LaterThanHoldings.Select(l => " " + EndSentence(l.Text)));

    /// <summary>"Hon Hai Precision Industry Co., Ltd. (USD 820,000)", or the most widely held when values are in different currencies.</summary>
    private static string Largest(IReadOnlyList<CompanyExposure> companies, string? currency)
    {
        if (currency is not null && companies.Any(x => x.TotalValue is not null))
        {
            var top = companies.Where(x => x.TotalValue is not null).OrderByDescending(x => x.TotalValue).ThenBy(x => x.NameEn, StringComparer.Ordinal).First();
            return $"{top.NameEn} ({Wording.Money(top.TotalValue, currency)})";
        }

        var widest = companies.OrderByDescending(x => x.CountedHoldings.Count).ThenBy(x => x.NameEn, StringComparer.Ordinal).First();
        return $"{widest.NameEn} (held by {Wording.Count(widest.CountedHoldings.Count, "fund", "funds")})";
    }

    /// <summary>"Fund A (2.768% of the fund)" or "Fund A (2.768% of the fund), and 3 other funds"; "at least 2.768%" where rows of it have neither value nor weight; "(its share of the fund unknown)" when no value or weight could be read.</summary>
    private static string HeldThrough(ExposureReport report, CompanyExposure company, string? currency)
    {
        var top = company.CountedHoldings.OrderByDescending(h => currency is null ? h.Weight : h.Value).ThenBy(h => report.FundLabel(h.FundId), StringComparer.Ordinal).First();
        var more = company.CountedHoldings.Count > 1 ? $", and {Wording.Count(company.CountedHoldings.Count - 1, "other fund", "other funds")}" : "";
        return $"{report.FundLabel(top.FundId)} ({top.ShareOfFund}){more}";
    }

    /// <summary>
    /// The company most entered or most left, after the count of entries and exits: "; the most entered was ZTE
    /// Corporation (2 funds)"; where companies share the highest count, every one of them, never one picked by its name:
    /// "; the most entered were Hikvision and ZTE Corporation (1 fund each)", "…, Y, Z and 4 other companies (1 fund each)".
    /// </summary>
    private static string MostChanged(MarketView market, bool entries)
    {
        var verb = entries ? "entered" : "left";
        int? count(MarketCompany c) => entries ? c.Entries : c.Exits;
        var most = MarketLayout.MostChanged(market, entries);
        if (most.Count == 0) return "";
        var top = count(most[0]) ?? 0;
        var tied = market.Companies.Count(c => count(c) == top);
        if (tied == 1) return $"; the most {verb} was {most[0].Name} ({Plural(top, "fund", "funds")})";
        const int Named = 3;
        var names = most.Where(c => count(c) == top).Take(tied > Named ? Named : tied).Select(c => c.Name).ToList();
        var listed = tied > Named
            ? $"{string.Join(", ", names)} and {Wording.Count(tied - Named, "other company", "other companies")}"
            : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
        return $"; the most {verb} were {listed} ({Plural(top, "fund", "funds")} each)";
    }

    /// <summary>"3 entries", or "not given" when the model does not know the count.</summary>
    private static string Plural(int? count, string one, string many) => count is { } known ? Wording.Count(known, one, many) : Wording.NotGiven;

    /// <summary>The model's "Named by 2 lists or reports" as it reads inside a sentence.</summary>
    private static string InSentence(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>A name that ends a sentence: "Co., Ltd." stays as it is, "ZTE Corporation" gets its full stop.</summary>
    private static string EndSentence(string text) => text.EndsWith('.') ? text : text + ".";

}
