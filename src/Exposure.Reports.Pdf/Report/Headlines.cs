using Exposure.Core.Holdings;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The executive summary's headline figures and key findings, worded from the model. Every figure is the model's; the
/// only things done here are choosing (the largest, the first few), counting items the model lists, and wording. The
/// words keep the report's care: companies are "named by" sources, related companies and holdings awaiting review are
/// never described as flagged, and what was not looked through is said, not hidden.
/// </summary>
internal static class Headlines
{
    private const int PathsNamed = 2;
    private const int GapsNamed = 2;

    public static IReadOnlyList<Figure> Figures(ReportContext context) =>
        context.Portfolio is { } p ? SchemeFigures(context, p)
        : context.Report.Market is { } m ? MarketHeadlines.Figures(context.Report, m)
        : FundFigures(context.Report);

    public static IReadOnlyList<IReadOnlyList<TextSpan>> Findings(ReportContext context) =>
        context.Portfolio is { } p ? SchemeFindings(context, p)
        : context.Report.Market is { } m ? MarketHeadlines.Findings(context, m)
        : FundFindings(context);

    private static List<Figure> SchemeFigures(ReportContext context, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        var named = p.CompaniesNamed;
        var related = p.CompaniesRelated;
        var review = p.CompaniesInReview;
        var holdings = p.Entries.Count(e => e.FlaggedValue > 0 || e.ValuesUnknown?.Named > 0);
        var managers = p.Managers.Count(m => m.FlaggedValue > 0 || m.ValuesUnknown?.Named > 0);
        var bound = p.Bounds.FlaggedValue;
        return
        [
            new(SchemeBounds.Total(bound, Typography.Money(p.FlaggedValue, c)), "in companies named by a source (flagged)",
                (bound is Bound.NoneLookedThrough or Bound.ValuesUnknown ? "" : $"{SchemeBounds.Total(bound, Typography.Percent(p.FlaggedShare))} of ") +
                $"the {Typography.Money(p.TotalInvested, c)} invested" +
                (SchemeBounds.NotCounted(p) is { } notCounted ? "; " + notCounted : ", looked through to company level") +
                (p.ValuesUnknown is { Named: > 0 } unknown
                    ? $"; {Typography.Plural(unknown.Named, "holding", "holdings")} in named companies of unknown value not counted"
                    : "")),
            new(Typography.Count(named), named == 1 ? "named company held through the scheme" : "named companies held through the scheme",
                $"Also {Typography.Plural(related, "related company", "related companies")} (not counted as flagged) and " +
                $"{Typography.Plural(review, "company", "companies")} awaiting review"),
            new($"{Typography.Count(holdings)} of {Typography.Count(p.Entries.Count)}",
                "holdings of the scheme lead to a named company",
                $"through {Typography.Count(managers)} of {Typography.Plural(p.Managers.Count, "manager", "managers")}" +
                (p.EntriesNotLookedThrough > 0 ? $"; {Typography.Count(p.EntriesNotLookedThrough)} not looked through, unknown" : "")),
            new(Typography.Percent(p.Coverage.LookedThroughShare), "of the amount invested was looked through to company level",
                $"{Typography.Money(p.Coverage.LookedThrough, c)} of {Typography.Money(p.TotalInvested, c)}" +
                (p.Coverage.Gaps.Count == 0 ? "" : "; what was not is listed under Coverage")),
        ];
    }

    private static List<Figure> FundFigures(ExposureReport report)
    {
        var s = report.Summary;
        var c = s.Currency;
        var funds = MarketLayout.CountedFunds(report);
        var holding = funds.Count(f => f.CompaniesFlagged > 0);
        var top = funds.Where(f => f.FlaggedWeight > 0).OrderByDescending(f => f.FlaggedWeight).ThenBy(f => f.DisplayName, StringComparer.Ordinal).FirstOrDefault();
        return
        [
            new(Typography.Total(s.FlaggedValue, c, s.TotalsWithheld),
                s.FlaggedByInstrument is { HasMoreThanShares: true } split ? $"in {Wording.HeldIn(split)} of companies named by a source (flagged)" : "in companies named by a source (flagged)",
                FlaggedDetail(report)),
            new(Typography.Count(s.CompaniesFlagged), s.CompaniesFlagged == 1 ? "named company held" : "named companies held",
                $"Also {Typography.Plural(s.CompaniesRelated, "related company", "related companies")} (not counted as flagged) and " +
                $"{Typography.Plural(s.CompaniesInReview, "company", "companies")} with holdings awaiting review"),
            new($"{Typography.Count(holding)} of {Typography.Count(s.Funds)}",
                $"{Wording.Verb(s.Funds, "fund", "funds")} {Wording.Verb(s.Funds == 1 ? 1 : holding, "holds", "hold")} a named company",
                LargestWeight(report, top)),
            new(Typography.Plural(s.Lines.Rejected, "line", "lines"), Wording.RejectedCaption(RejectedCounts.Of(report)),
                $"{Typography.Plural(s.Lines.Excluded, "line without a company issuer was", "lines without a company issuer were")} excluded; " +
                $"{Typography.Plural(s.DistinctSecurities, "distinct security was", "distinct securities were")} screened"),
        ];
    }

    /// <summary>
    /// The fund with the largest flagged weight, and how many funds holding a named company have a weight that is unknown
    /// (no value or weight in the file could be read): "no fund has a flagged weight above zero" is said only when it is so.
    /// </summary>
    private static string LargestWeight(ExposureReport report, FundExposure? top)
    {
        var funds = MarketLayout.CountedFunds(report);
        var unknown = funds.Count(f => f.CompaniesFlagged > 0 && f.FlaggedWeight is null);
        var unknownNote = unknown == 0 ? "" : funds.Count == 1
            ? "its flagged weight is unknown: no value or weight in the file could be read"
            : $"{Typography.Plural(unknown, "fund's flagged weight is", "funds' flagged weights are")} unknown: no value or weight in {(unknown == 1 ? "its file" : "their files")} could be read";
        return (top, unknown) switch
        {
            (null, 0) => "No fund has a flagged weight above zero",
            (null, _) => Capital(unknownNote),
            (_, 0) => $"Largest flagged weight: {Typography.Percent(top.FlaggedWeight)}, {top.DisplayName}",
            _ => $"Largest known flagged weight: {Typography.Percent(top.FlaggedWeight)}, {top.DisplayName}; {unknownNote}",
        };
    }

    /// <summary>
    /// "2.100% of the fund value, GBP 10,000,000" (<see cref="Wording.FlaggedShareOf"/>), labelled with the funds' dates
    /// when they differ; the file's own weights when the value is unknown; why there is no total when there is none.
    /// </summary>
    private static string FlaggedDetail(ExposureReport report)
    {
        var s = report.Summary;
        if (s.FlaggedShare is null)
        {
            return Wording.WhyNoTotal(s.TotalsWithheld);
        }

        var of = SentencePart.Join(Wording.FlaggedShareOf(s, MarketLayout.CountedFunds(report)),
            p => p.Kind == SentencePartKind.Money ? Typography.Money(p.Value, p.Currency) : Typography.Percent(p.Value));
        return s.FlaggedByInstrument is { HasMoreThanShares: true } split ? $"{of}. {Capital(Wording.Split(split, s.Currency))}" : of;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static List<IReadOnlyList<TextSpan>> SchemeFindings(ReportContext context, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        var findings = new List<IReadOnlyList<TextSpan>>();

        if (p.Companies.FirstOrDefault(x => x.State == RowState.Matched) is { } top)
        {
            var paths = string.Join(", ", top.Paths.Take(PathsNamed).Select(x => $"{x.Route} ({x.Manager}, {SchemeBounds.Total(x.ValueBound, Typography.Money(x.Value, c))})"));
            // A row beyond the listed paths stands for several (ExposurePath.PathsCombined): count paths, not rows.
            var others = top.Paths.Skip(PathsNamed).Aggregate(0L, (n, x) => n > long.MaxValue - (x.PathsCombined ?? 1) ? long.MaxValue : n + (x.PathsCombined ?? 1));
            var more = others > 0 ? $" and {Typography.Count(others)} other {(others == 1 ? "path" : "paths")}" : "";
            findings.Add(
            [
                "The largest exposure is to ",
                new TextSpan(top.Name) { Bold = true },
                $" ({NamedBy(context, top.CompanyId)}): {SchemeBounds.Total(top.ValueBound, Typography.Money(top.Value, c))}, " +
                $"{SchemeBounds.Total(top.ValueBound, Typography.Percent(top.Share))} of the amount invested, " +
                $"held through {paths}{more}.",
            ]);
        }
        else
        {
            findings.Add(["No holding of the scheme leads to a company named by a source, as far as the scheme was looked through."]);
        }

        if (p.Coverage.Gaps.Count == 0)
        {
            findings.Add([$"All of the amount invested ({Typography.Money(p.TotalInvested, c)}) was looked through to company level."]);
        }
        else
        {
            var gaps = string.Join("; ", p.Coverage.Gaps.Take(GapsNamed).Select(g => $"{Typography.Money(g.Value, c)} in {g.Route}: {g.Reason}"));
            var more = p.Coverage.Gaps.Count > GapsNamed
                ? $"; and {Typography.Plural(p.Coverage.Gaps.Count - GapsNamed, "smaller amount", "smaller amounts")} listed under Coverage"
                : "";
            findings.Add(
            [
                new TextSpan($"{Typography.Percent(p.Coverage.LookedThroughShare)} of the scheme was looked through to company level") { Bold = true },
                $" ({Typography.Money(p.Coverage.LookedThrough, c)} of {Typography.Money(p.TotalInvested, c)}). The rest was not screened, " +
                $"and any exposure in it is not counted here: {gaps}{more}.",
            ]);
        }

        var review = p.Bounds.ReviewValue ?? Bound.Exact;
        findings.Add(Review(context.Report.Summary.Lines.NeedsReview,
            review is Bound.ValuesUnknown ? "of unknown value through the scheme"
            : p.ReviewValue == 0 ? null : SchemeBounds.Total(review, Typography.Money(p.ReviewValue, c)) + " through the scheme"));

        var related = p.Companies.Where(x => x.State == RowState.Related).ToList();
        findings.Add(related.Count == 0
            ? ["No holding of the scheme leads to a related company (a listed parent or subsidiary of a named entity)."]
            :
            [
                "Related companies (listed parents or subsidiaries of named entities, not named themselves) add ",
                new TextSpan(SchemeBounds.Stated(p.Bounds.RelatedValue, Typography.Money(p.RelatedValue, c))) { Bold = true },
                " through the scheme" + (related.Count == 1
                    ? $", all of it in {Words.EndSentence(related[0].Name)}"
                    : $", the largest being {related[0].Name} ({SchemeBounds.Total(related[0].ValueBound, Typography.Money(related[0].Value, c))}).") +
                " They are not counted as flagged.",
            ]);
        return findings;
    }

    private static List<IReadOnlyList<TextSpan>> FundFindings(ReportContext context)
    {
        var report = context.Report;
        var s = report.Summary;
        var c = s.Currency;
        var findings = new List<IReadOnlyList<TextSpan>>();

        var named = report.Companies.Where(x => x.Basis == Basis.Named && x.Holdings.Count > 0).ToList();
        if (named.Count == 0)
        {
            findings.Add(["No fund screened holds a company named by a source."]);
        }
        else if (s.TotalsWithheld is null && named.Any(x => x.TotalValue is not null))
        {
            var top = named.Where(x => x.TotalValue is not null).OrderByDescending(x => x.TotalValue).ThenBy(x => x.NameEn, StringComparer.Ordinal).First();
            findings.Add(
            [
                "The largest exposure is to ",
                new TextSpan(top.NameEn) { Bold = true },
                $" ({NamedBy(context, top.Id)}): {Typography.Money(top.TotalValue, c)}, held through {HeldThrough(report, top, c)}.{Later(top)}",
            ]);
        }
        else
        {
            var top = named.OrderByDescending(x => x.Holdings.Count).ThenByDescending(x => x.Holdings.Max(h => h.Weight)).ThenBy(x => x.NameEn, StringComparer.Ordinal).First();
            findings.Add(
            [
                "The most widely held named company is ",
                new TextSpan(top.NameEn) { Bold = true },
                $" ({NamedBy(context, top.Id)}), held through {HeldThrough(report, top, null)}.{Later(top)}",
            ]);
        }

        var lines = s.Lines;
        findings.Add(Lines(lines, s.ValuesUnknown, RejectedCounts.Of(report)));

        findings.Add(Review(lines.NeedsReview, s.ReviewValue is { } v && v != 0 ? Typography.Money(v, c) : null));

        var related = report.Companies.Where(x => x.Basis != Basis.Named && x.Holdings.Count > 0).ToList();
        if (related.Count == 0)
        {
            findings.Add(["No fund holds a related company (a listed parent or subsidiary of a named entity)."]);
        }
        else if (s.RelatedValue is null)
        {
            findings.Add(
            [
                Wording.Verb(report.Funds.Count, "The fund also holds ", "The funds also hold "),
                new TextSpan(Typography.Plural(related.Count, "related company", "related companies")) { Bold = true },
                $" (listed parents or subsidiaries of named entities, not named themselves), the most widely held being {Largest(related, null)}. " +
                "Related holdings are not counted as flagged.",
            ]);
        }
        else
        {
            findings.Add(
            [
                "Related companies (listed parents or subsidiaries of named entities, not named themselves) add ",
                new TextSpan(Typography.Money(s.RelatedValue, c)) { Bold = true },
                (s.RelatedShare is { } share ? $" ({Typography.Percent(share)} of the fund value)" : "") +
                (related.Count == 1 ? $", all of it in {Words.EndSentence(related[0].NameEn)}" : $", the largest being {Largest(related, c)}.") +
                " They are not counted as flagged.",
            ]);
        }

        return findings;
    }

    /// <summary>"Every line that looked like a holding could be read", or, when some values could not be, that they were screened all the same.</summary>
    private static string ReadAll(UnknownValues unknown) =>
        unknown.NotReadable == 0
            ? "Every line that looked like a holding could be read"
            : $"Every line that looked like a holding was screened, though {Typography.Plural(unknown.NotReadable, "value", "values")} could not be read (said above the figures)";

    /// <summary>" Listed on UFLPA Entity List in August 2024; these holdings are from March 2022 (2022-03-10)." when the company's listing is later than the holdings.</summary>
    private static string Later(CompanyExposure company) =>
        string.Concat(company.LaterThanHoldings.Select(l => " " + Words.EndSentence(l.Text)));

    /// <summary>"Hon Hai Precision Industry Co., Ltd. (USD 820,000)", or the most widely held when values are in different currencies.</summary>
    private static string Largest(IReadOnlyList<CompanyExposure> companies, string? currency)
    {
        if (currency is not null && companies.Any(x => x.TotalValue is not null))
        {
            var top = companies.Where(x => x.TotalValue is not null).OrderByDescending(x => x.TotalValue).ThenBy(x => x.NameEn, StringComparer.Ordinal).First();
            return $"{top.NameEn} ({Typography.Money(top.TotalValue, currency)})";
        }

        var widest = companies.OrderByDescending(x => x.Holdings.Count).ThenBy(x => x.NameEn, StringComparer.Ordinal).First();
        return $"{widest.NameEn} (held by {Typography.Plural(widest.Holdings.Count, "fund", "funds")})";
    }

    /// <summary>What was rejected and why (and where it is listed), and what was excluded as non-equity.</summary>
    internal static IReadOnlyList<TextSpan> Lines(StateCounts lines, UnknownValues unknown, RejectedCounts rejected)
    {
        var excluded = $"{Typography.Plural(lines.Excluded, "line", "lines")} without a company issuer (cash, money market, government debt, index derivatives) " +
            $"{(lines.Excluded == 1 ? "was" : "were")} excluded and not screened";
        return lines.Rejected == 0
            ? [$"{ReadAll(unknown)}; {excluded}. A fund's holdings in other funds are not looked through without a portfolio file."]
            :
            [
                new TextSpan(Wording.Rejected(rejected)) { Bold = true },
                $"; {(lines.Rejected == 1 ? "it was" : "they were")} not screened: check {(lines.Rejected == 1 ? "it" : "them")} under Rejected lines" +
                $"{Wording.RejectedCheck(rejected)}. {char.ToUpperInvariant(excluded[0])}{excluded[1..]}.",
            ];
    }

    internal static IReadOnlyList<TextSpan> Review(int lines, string? value) =>
        lines == 0
            ? ["No holding awaits a person's review."]
            :
            [
                new TextSpan($"{Typography.Plural(lines, "holding line awaits", "holding lines await")} a person's review") { Bold = true },
                (value is null ? "" : $" ({value})") +
                (lines == 1
                    ? ": a candidate whose identifiers or name only partly agree with the list. It is not counted as flagged until a person confirms it."
                    : ": candidates whose identifiers or names only partly agree with the list. They are not counted as flagged until a person confirms them."),
            ];

    /// <summary>"named by 1 list or report; its subsidiary … by 2 lists or reports": the company's basis in brief, as the model words it.</summary>
    internal static string NamedBy(ReportContext context, string companyId) =>
        context.Company(companyId) is { } company ? Words.InSentence(Wording.BasisInBrief(company)) : "named by a source";

    /// <summary>"Fund A (2.768% of the fund)" or "Fund A (2.768% of the fund) and 3 other funds"; "(its share of the fund unknown)" when no value or weight could be read.</summary>
    private static string HeldThrough(ExposureReport report, CompanyExposure company, string? currency)
    {
        var top = company.Holdings.OrderByDescending(h => currency is null ? h.Weight : h.Value).ThenBy(h => report.FundLabel(h.FundId), StringComparer.Ordinal).First();
        var more = company.Holdings.Count > 1 ? $", and {Typography.Plural(company.Holdings.Count - 1, "other fund", "other funds")}" : "";
        var share = top.Weight is null ? "its share of the fund unknown" : $"{Typography.Percent(top.Weight)} of the fund";
        return $"{report.FundLabel(top.FundId)} ({share}){more}";
    }
}
