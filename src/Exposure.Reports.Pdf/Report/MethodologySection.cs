using Exposure.Core.Matching;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>Where the list comes from, how holdings are matched, what each state means, how fund value and weights are defined, and what is left out.</summary>
internal sealed class MethodologySection : IReportSection
{
    public const string Title = "Methodology and limits";

    // The weight check's own columns, which no other table has: rows outside the tolerance, and the largest difference
    // and the tolerance in percentage points.
    private const double OutsideToleranceWidth = 90;
    private const double LargestDifferenceWidth = 70;
    private const double ToleranceWidth = 60;
    private const double SumWidth = 60;

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var report = context.Report;
        var run = report.Run;
        var counts = run.ReferenceData;

        yield return new PageBreak();
        yield return new Heading(Title);

        yield return new Heading("Data sources", 2);
        yield return new Paragraph(
            $"Holdings were screened against reference data version {run.ReferenceDataVersion}: {Typography.Count(counts.Companies)} " +
            $"{ListFraming.CompaniesCounted(counts, run.Lists)}, {Typography.Count(counts.Names)} names (legal, former, native-script, transliterated, short and trading names), " +
            $"{Typography.Count(counts.Allegations)} {ListFraming.AllegationsCounted(counts.Allegations, run.Lists)} and {Typography.Count(counts.IdentifierSources)} sources for identifiers.");
        if (run.ListAsOf is { } cut)
        {
            yield return new Paragraph(Wording.ListCutText(cut));
        }

        yield return new Paragraph(
            (ListFraming.WhyNamed(run.Lists) is { } why ? why + " " :
            "A company is on the list because at least one public source — a government list, or a report by researchers, journalists or " +
            "non-governmental organisations — names it, or names its subsidiary or parent, in connection with alleged Uyghur forced labour " +
            "or Xinjiang's surveillance and internment apparatus. ") + $"A company is either {report.Terms.Adjective} itself, or on the list only as the parent or " +
            $"subsidiary of {report.Terms.AnEntity}; this report keeps that difference everywhere. Each {report.Terms.Entry} gives the list or report, its " +
            "publisher, its date and a link to the source, and each company carries the list's caveat about its entry.");

        foreach (var element in ListsAndSources(report))
        {
            yield return element;
        }

        yield return new Heading("Matching", 2);
        yield return new Paragraph(
            $"Algorithm {run.MatchingAlgorithm}. Every screened holding is compared with the list by rules in a fixed order, and the first " +
            "rule that applies decides. Each finding records its rule and every feature compared. Names are compared after " +
            "normalisation: letters folded and upper-cased, traditional Chinese characters made simplified, common abbreviations written " +
            "out, and punctuation, depositary-receipt wording, share classes and legal forms (such as CO, LTD, INC, 股份有限公司) removed.");
        var rules = new Table(
        [
            new TableColumn("Rule", ColumnWidth.Relative(1.35)),
            new TableColumn("When", ColumnWidth.Relative(3.4)),
            new TableColumn("Outcome", ColumnWidth.Relative(1.15)),
        ]);
        var agreement = Typography.Score(Matcher.NameAgreementThreshold);
        rules.AddRow("isin", "The holding's ISIN passes its check digit and is one the list gives for a company.", "match");
        rules.AddRow("ticker+exchange", $"The local code, written as its exchange writes it, is one of a company's listings on that exchange, and the names agree (at least {agreement}).", "match");
        rules.AddRow("ticker+exchange, name differs", $"As above, but the names agree less than {agreement} (a reused code, or stale data).", "needs review");
        rules.AddRow("name-exact", "The normalised name equals a legal, former, native-script or transliterated name of exactly one company, both names say the same of group and holding (both Group, both Holdings, or neither), and no identifier or country of the holding contradicts it.", "match");
        rules.AddRow("name-exact, …", "Equal only to a short or trading name, or to a name of several companies; group or holding words that differ (X Group, X Holdings, X Ltd: a parent, its listed subsidiary, or another company); or contradicted by the holding's ISIN, its code on an exchange where the company is listed, or its country.", "needs review");
        rules.AddRow("name-prefix", $"A name that looks cut at a fixed width ({Matcher.MinCutNameLength} characters or more) is the start of one company's name, keeps at least {Matcher.MinPrefixMatchLength} letters that agree with it, and nothing contradicts it. A cut last word must begin the name's next word, or a legal form where the name ends.", "match; shorter, shared, contradicted or group or holding words that differ: needs review");
        rules.AddRow("name-similar", $"The name is similar to a company's name (at least {Typography.Score(Matcher.ReviewThreshold)}, rarer words counting more), and the country does not disagree.", "needs review, never a match");
        rules.AddRow("review decision: …", "A person's recorded decision on a candidate or a match, with who, when and why.", "accepted: match; rejected: unmatched");
        rules.AddRow(Typography.Dash, "Nothing applies.", "no match (unmatched)");
        yield return rules;
        yield return Typography.Note(
            "A ticker alone never matches (2202 is China Vanke in Hong Kong and Goldwind in Shenzhen); without a known exchange a ticker is " +
            $"not used. A match to {context.Report.Terms.ACompanyBy} ends 'matched'; to a listed parent or subsidiary of {context.Report.Terms.AnEntity}, 'related'. " +
            "Each distinct security is screened once and the result reused for every row holding it. The rules in full are in the " +
            "tool's documentation (docs/matching.md).");

        yield return new Heading("Row states", 2);
        var states = new Table(
        [
            new TableColumn("State", ColumnWidth.Relative(1)),
            new TableColumn("Meaning", ColumnWidth.Relative(4)),
            Typography.NarrowCountColumn("Lines"),
        ]);
        var lines = report.Summary.Lines;
        states.AddRow("not a holding", "Preamble, header row, blank lines, footer and legal text.", Typography.Count(lines.NotAHolding));
        states.AddRow("rejected", Wording.RejectedMeaning, Typography.Count(lines.Rejected));
        states.AddRow("excluded", "A holding with no company behind it (cash, currency, money market, government, agency, supranational or municipal debt, derivatives on an index, a rate or a commodity), counted in fund value but not screened.", Typography.Count(lines.Excluded));
        states.AddRow("unmatched", "Screened; no company on the list matched.", Typography.Count(lines.Unmatched));
        states.AddRow("matched", "Matched to a company a source names itself.", Typography.Count(lines.Matched));
        states.AddRow("related", $"Matched to a listed parent of a {report.Terms.Adjective} subsidiary, or a listed subsidiary of a {report.Terms.Adjective} parent.", Typography.Count(lines.Related));
        states.AddRow("needs review", "A candidate a person must confirm or reject.", Typography.Count(lines.NeedsReview));
        if (lines.LookedThrough > 0)
        {
            states.AddRow("looked through", "A holding in another fund of the portfolio, screened through that fund's own holdings.", Typography.Count(lines.LookedThrough));
        }

        states.AddRow(new TableCell("all lines") { Bold = true }, "Every physical line of every input ends in exactly one state; a record spanning several lines counts each.", new TableCell(Typography.Count(lines.Total)) { Bold = true });
        yield return states;
        if (Wording.StatesOfEntries(report.Summary) is { } entries)
        {
            yield return Typography.Note(entries);
        }

        yield return new Heading("Fund value and weights", 2);
        yield return new Paragraph(
            "Fund value is the net assets the file states (a Net Assets, Total Net Assets or Fund Size line); otherwise it is the sum of " +
            "the market values of all accepted rows, screened and excluded (cash may be negative). A holding's weight is its market value " +
            "over the fund value, shown as a percentage. Where the file has its own weight column, each stated weight is compared with the " +
            "computed one (below). " + Wording.ValuesMethod);
        foreach (var element in WeightCheck(report))
        {
            yield return element;
        }

        yield return new Heading("What is excluded, and why", 2);
        yield return new Paragraph(
            Wording.InstrumentsMethod + " Excluded holdings still count in fund value. " +
            "A row whose asset class is not recognised is screened, because a missed exposure is worse than a wasted look-up. " +
            "Rejected lines (lines that could not be read, total lines, lines of a file given again) are listed above with their reasons so they can be checked by hand. Unmatched and excluded holdings are " +
            "not listed in this PDF; the CSV outputs of the same run list every one with its reason. " +
            $"{ListFraming.WhoIsOnTheList(run.ReferenceData, run.Lists)}, and other funds held by a fund are looked through only when a portfolio file describes them.");

        yield return new Heading("How figures are added up", 2);
        yield return new Paragraph(
            $"Flagged value sums only matched holdings, {context.Report.Terms.InCompanies}. Related value and the value awaiting review are " +
            $"reported separately and never counted as flagged. Figures by {context.Report.Terms.Category} count a company under every category it " +
            "carries, so they overlap and are never summed. " + Wording.TotalsMethod(context.Report.Terms));

        if (report.Market is not null)
        {
            yield return new Heading("A market of funds", 2);
            yield return new Paragraph(MarketWording.Method);
        }

        if (report.Portfolio is { } portfolio)
        {
            yield return new Heading("Looking through the scheme", 2);
            yield return new Paragraph(
                $"The portfolio file lists what the scheme invests in directly, with each amount and its currency. Amounts are converted to " +
                $"{portfolio.ReportCurrency} at the rates listed under Exchange rates used. Each amount is then followed down to company level: " +
                "through a fund's holdings file, through rows of that file that are other funds of the scheme (funds of funds), and through " +
                "an index mandate's constituent list (weights only). Exposure to a company along a path is the amount invested times the " +
                "weight at each level; a company held along several paths adds them up. A fund's latest holdings file is used; earlier files " +
                "feed only the changes between snapshots. Value not looked through — a holding without a file, rows with no company issuer, rows that " +
                "could not be read, or rows that do not add up to the stated value — is listed under Coverage with its reason and is never " +
                "treated as free of exposure.");
        }

        yield return new Heading("Run and inputs", 2);
        yield return new KeyValueList { KeyWidthFraction = Typography.RunKeyWidth, FontSize = Typography.FactsSize, BoldValues = false }
            .Add("Tool", $"Exposure {run.ToolVersion}")
            .Add("Reference data version", run.ReferenceDataVersion)
            .Add("Matching algorithm", run.MatchingAlgorithm)
            .Add("Weight tolerance", Typography.PercentagePoints(run.WeightTolerancePercent))
            .Add("Generated", Wording.Generated(run.GeneratedAt));
        var inputs = new Table(
        [
            new TableColumn("Input file", ColumnWidth.Relative(2)),
            Typography.CodeColumn("Role"),
            Typography.NarrowCountColumn("Lines"),
            Typography.CountColumn("Bytes"),
            new TableColumn("SHA-256", ColumnWidth.Relative(2.2)) { FontSize = Typography.DetailSize },
        ]);
        // A market of thousands of holdings files lists the first of them, as its other tables do.
        var listed = MarketLayout.InputsListed(report, out var holdingsFiles);
        foreach (var (input, _) in listed)
        {
            inputs.AddRow(input.Shown, input.Role, Typography.Count(input.Lines), Typography.Count(input.Bytes), input.Sha256);
        }

        yield return inputs;
        if (MarketLayout.InputsRest(listed, holdingsFiles) is { } rest)
        {
            yield return Typography.Note(rest);
        }
    }

    /// <summary>The lists screened against, and how many findings rest on secondary sources only.</summary>
    private static IEnumerable<IElement> ListsAndSources(ExposureReport report)
    {
        if (report.Run.Lists is { } used)
        {
            yield return new Paragraph(Wording.ListsIntro(used, report.Terms));
            var columns = Wording.ListsColumns;
            var table = new Table(
            [
                new TableColumn(columns[0], ColumnWidth.Relative(2)),
                new TableColumn(columns[1], ColumnWidth.Fixed(60)) { FitContent = true },
                new TableColumn(columns[2], ColumnWidth.Fixed(55)) { FitContent = true },
                new TableColumn(columns[3], ColumnWidth.Fixed(45), TextAlignment.Right) { FitContent = true },
                new TableColumn(columns[4], ColumnWidth.Relative(1.2)),
                new TableColumn(columns[5], ColumnWidth.Relative(2.2)) { FontSize = Typography.DetailSize },
            ]);
            foreach (var list in used.Lists)
            {
                table.AddRow(list.Name, list.Format, list.Date is null ? Typography.Dash : list.DateShown, Typography.Count(list.Entries), Wording.ListLicence(list), list.Sha256);
            }

            yield return table;
            // Entries of a file that were not imported are counted with their reason, so that the file's entries add up.
            if (Wording.ListsLeftOut(used) is { } leftOut)
            {
                yield return new Paragraph(leftOut);
            }

            if (Wording.ListsNotes(used, report.Terms) is { Count: > 0 } notes)
            {
                yield return new Paragraph(SentencePart.Join(notes, p => p.Text));
            }

            if (ListFraming.NameConflicts(used) is { } conflicts) yield return new Paragraph(conflicts);
        }

        var sources = report.Summary.Sources;
        yield return new Paragraph(
            $"Each {report.Terms.Entry} gives the kind of its source: an official list or notice or the NGO or academic report itself (primary), or a " +
            "coalition statement, law-firm bulletin, trade press, news, press-release wire or a third party's copy of an official file " +
            $"(secondary). {SecondaryOnly(sources)}" +
            (sources.CompaniesKindNotStated > 0 ? $" For {Wording.Count(sources.CompaniesKindNotStated, "company", "companies")} held, a list does not state the kind of some of its sources." : ""));
    }

    /// <summary>How many of the matched and related holdings concern a company whose entries rest on secondary sources only; "none" rather than "0 concern 0 companies".</summary>
    private static string SecondaryOnly(SourceKindCounts sources)
    {
        if (sources.Holdings == 0) return "No holding is matched to a company on the list or related to one.";
        var of = $"Of the {Wording.Count(sources.Holdings, "matched or related holding", "matched and related holdings")}, ";
        if (sources.HoldingsOnSecondaryOnly == 0)
            return of + $"{(sources.Holdings == 1 ? "it does not concern" : "none concerns")} a company whose entries rest on secondary sources only.";
        return of + $"{Wording.Number(sources.HoldingsOnSecondaryOnly)} {Wording.Verb(sources.HoldingsOnSecondaryOnly, "concerns", "concern")} " +
            $"{Wording.Count(sources.CompaniesOnSecondaryOnly, "company whose entries rest", "companies whose entries rest")} on secondary sources only; " +
            $"{Wording.Verb(sources.CompaniesOnSecondaryOnly, "its caveat says", "their caveats say")} so.";
    }

    /// <summary>The weight check per fund; in a market, the funds with the most rows outside the tolerance first, and at most <see cref="MarketLayout.Rows"/>.</summary>
    private static IEnumerable<IElement> WeightCheck(ExposureReport report)
    {
        if (!MarketLayout.Applies(report))
        {
            yield return WeightCheckTable(report.Funds);
            yield break;
        }

        var funds = report.Funds
            .OrderByDescending(f => f.WeightCheck.RowsOutsideTolerance)
            .ThenByDescending(f => f.WeightCheck.MaxDifferencePercent)
            .ThenBy(f => f.DisplayName, StringComparer.Ordinal)
            .ToList();
        var shown = funds.Take(MarketLayout.Rows).ToList();
        yield return WeightCheckTable(shown);
        if (MarketWording.Rest(shown.Count, funds.Count, "fund reports, those with the most rows outside the tolerance first,", MarketWording.WeightsWhere) is { } rest)
        {
            yield return Typography.Note(rest);
        }
    }

    private static Table WeightCheckTable(IReadOnlyList<FundExposure> funds)
    {
        var table = new Table(
        [
            new TableColumn("Fund", ColumnWidth.Relative(3)),
            Typography.CountColumn("Rows compared"),
            Typography.FigureColumn("Weights add up to", SumWidth),
            Typography.FigureColumn("Differing by more than the tolerance", OutsideToleranceWidth),
            Typography.FigureColumn("Largest difference", LargestDifferenceWidth),
            Typography.FigureColumn("Tolerance", ToleranceWidth),
        ]);
        foreach (var fund in funds)
        {
            var check = fund.WeightCheck;
            table.AddRow(
                // Every report of a market's fund is listed here: one the figures do not count says why, as everywhere. Its file
                // tells two reports of one fund apart, as in the table of funds.
                new TableCell(fund.DisplayName)
                {
                    More = [new TextSpan($"\n{fund.SourceFile} · {Wording.FundBasis(fund)}") { Color = Typography.Muted }, .. fund.NotCounted is { } notCounted ? [new TextSpan("\n" + notCounted)] : Array.Empty<TextSpan>()],
                },
                Typography.Count(check.RowsCompared),
                new TableCell(check.StatedSumPercent is { } sum ? Typography.PercentagePoints(sum).Replace(" pp", "%", StringComparison.Ordinal) : Typography.Dash)
                {
                    More = Wording.WeightsUnreadable(check) is { } unreadable ? [new TextSpan($"\n{unreadable}") { Color = Typography.Muted }] : [],
                },
                Typography.Count(check.RowsOutsideTolerance),
                Typography.PercentagePoints(check.MaxDifferencePercent),
                Typography.PercentagePoints(check.TolerancePercent));
        }

        return table;
    }
}
