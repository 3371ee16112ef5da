using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>Where the list comes from, how holdings are matched, what each state means, how fund value and weights are defined, what is left out, and the run's inputs.</summary>
internal sealed class MethodologySection : IHtmlSection
{
    public string Id => "methodology";

    public string Title => "Methodology and limits";

    public void Write(ReportPage page)
    {
        var report = page.Report;
        var run = report.Run;
        var counts = run.ReferenceData;
        var w = page.W;
        page.OpenSection(Id, Title);

        page.Heading(3, "Data sources");
        w.Open("p").Text($"Holdings were screened against reference list version {run.ReferenceDataVersion}: ");
        page.Count("run.referenceData.companies", counts.Companies).W.Text($" {ListFraming.CompaniesCounted(counts, run.Lists)}, ");
        page.Count("run.referenceData.names", counts.Names).W.Text(" names (legal, former, native-script, transliterated, short and trading names), ");
        page.Count("run.referenceData.allegations", counts.Allegations).W.Text($" {ListFraming.AllegationsCounted(counts.Allegations, run.Lists)} and ");
        page.Count("run.referenceData.identifierSources", counts.IdentifierSources).W.Text(" sources for identifiers.").Close("p");
        if (run.ListAsOf is { } cut)
        {
            page.Paragraph(Wording.ListCutText(cut));
        }

        page.Paragraph((ListFraming.WhyNamed(run.Lists) is { } why ? why + " " :
            "A company is on the list because at least one public source (a government list, or a report by researchers, journalists " +
            "or non-governmental organisations) names it, or names its subsidiary or parent, in connection with alleged Uyghur forced labour or " +
            "Xinjiang's surveillance and internment apparatus. ") + $"A company is either {report.Terms.Adjective} itself or on the list only as the parent or subsidiary of " +
            $"{report.Terms.AnEntity}, and this page keeps the two apart throughout. Each {report.Terms.Entry} gives its list or report, publisher, date and a link " +
            "to the source; each company carries the list's caveat on its entry.");
        ListsUsed(page);
        SecondarySourcesParagraph(page);

        page.Heading(3, "Matching");
        page.Paragraph($"Algorithm {run.MatchingAlgorithm}. Each screened holding is compared with the list by rules taken in a fixed order; " +
            "the first that applies decides, and the finding records the rule and every feature compared. Names are compared after " +
            "normalisation: letters folded and upper-cased, traditional Chinese characters made simplified, common abbreviations written out, " +
            "and punctuation, depositary-receipt wording, share classes and legal forms removed.");
        var agreement = Format.Score(Matcher.NameAgreementThreshold);
        page.Table("Matching rules, in the order they are tried", [new Column("Rule"), new Column("When it applies"), new Column("Outcome")], () =>
        {
            Rule(page, "isin", "The holding's ISIN passes its check digit and is one the list gives for a company.", "match");
            Rule(page, "ticker+exchange", $"The local code, as its exchange writes it, is one of a company's listings on that exchange, and the names agree (at least {agreement}).", "match");
            Rule(page, "ticker+exchange, name differs", $"As above, but the names agree less than {agreement}: a reused code, or stale data.", "needs review");
            Rule(page, "name-exact", "The normalised name equals a legal, former, native-script or transliterated name of exactly one company, both names say the same of group and holding (both Group, both Holdings, or neither), and no identifier or country of the holding contradicts it.", "match");
            Rule(page, "name-exact, …", "Equal only to a short or trading name, or to the name of several companies; group or holding words that differ (X Group, X Holdings, X Ltd: a parent, its listed subsidiary, or another company); or contradicted by the holding's ISIN, listed code or country.", "needs review");
            Rule(page, "name-prefix", $"A name that looks cut at a fixed width ({Matcher.MinCutNameLength} characters or more) is the start of one company's name, keeps at least {Matcher.MinPrefixMatchLength} letters that agree with it, and nothing contradicts it. A cut last word must begin the name's next word, or a legal form where the name ends.", "match; shorter, shared, contradicted or group or holding words that differ: needs review");
            Rule(page, "name-similar", $"The name resembles a company's name (at least {Format.Score(Matcher.ReviewThreshold)}, rarer words counting more) and the country does not disagree.", "needs review, never a match");
            Rule(page, "review decision: …", "A person's recorded decision on a candidate or a match, with who, when and why.", "accepted: match; rejected: unmatched");
            Rule(page, Format.Dash, "None of the above.", "unmatched");
        });
        page.Note($"A ticker alone never matches, and a ticker without a known exchange is not used. A match to {page.Report.Terms.ACompanyBy} ends " +
            $"matched; to a listed parent or subsidiary of {page.Report.Terms.AnEntity}, related. Each distinct security is screened once and the result used for " +
            "every row that holds it. The rules in full are in the tool's documentation (docs/matching.md).");

        page.Heading(3, "Row states");
        page.Table("Row states: every line of every input ends in exactly one", [new Column("State"), new Column("Lines", true), new Column("Meaning")], () =>
        {
            var lines = report.Summary.Lines;
            SummarySection.StateRow(page, lines, RowState.NotAHolding, "Preamble, header row, blank lines, footer and legal text.");
            SummarySection.StateRow(page, lines, RowState.Rejected, Wording.RejectedMeaning);
            SummarySection.StateRow(page, lines, RowState.Excluded, "Not equity (cash, FX, futures, forwards, swaps, options, money market, collateral, bonds): counted in fund value, not screened.");
            SummarySection.StateRow(page, lines, RowState.Unmatched, "Screened; no company on the list matched.");
            SummarySection.StateRow(page, lines, RowState.Matched, "Matched to a company a source names itself.");
            SummarySection.StateRow(page, lines, RowState.Related, $"Matched to a listed parent of a {report.Terms.Adjective} subsidiary, or a listed subsidiary of a {report.Terms.Adjective} parent.");
            SummarySection.StateRow(page, lines, RowState.NeedsReview, "A candidate a person must confirm or reject.");
            if (lines.LookedThrough > 0)
            {
                SummarySection.StateRow(page, lines, RowState.LookedThrough, "A holding in another fund of the portfolio, screened through that fund's own holdings.");
            }
        });
        if (Wording.StatesOfEntries(report.Summary) is { } entries)
        {
            page.Note(entries);
        }

        page.Heading(3, "Fund value and weights");
        page.Paragraph("A fund's value is the net assets its file states; otherwise the sum of the market values of all accepted rows, screened " +
            "and excluded (cash may be negative). A holding's weight is its market value over the fund's value. Where the file has its own " +
            "weight column, each stated weight is compared with the computed one (below). " + Wording.ValuesMethod);
        var checks = report.Funds.Select((f, i) => (f, i)).ToList();
        if (MarketLayout.Applies(report))
        {
            checks = checks.OrderByDescending(x => x.f.WeightCheck.RowsOutsideTolerance).ThenByDescending(x => x.f.WeightCheck.MaxDifferencePercent)
                .ThenBy(x => x.f.DisplayName, StringComparer.Ordinal).ToList();
        }

        var weighed = MarketLayout.Applies(report) ? checks.Take(MarketLayout.Rows).ToList() : checks;
        page.Table("Stated weights against computed weights",
            [new Column("Fund"), new Column("Rows compared", true), new Column("Weights add up to"), new Column("Differing by more than the tolerance", true), new Column("Largest difference", true), new Column("Tolerance", true)],
            () =>
            {
                foreach (var (fund, i) in weighed)
                {
                    var check = fund.WeightCheck;
                    var at = string.Create(CultureInfo.InvariantCulture, $"funds[{i}].weightCheck");
                    page.Row(() => page.RowHeader(() =>
                        {
                            page.Name(fund.DisplayName);
                            // Its file tells two reports of one fund apart, as in the table of funds.
                            w.Element("span", $"{fund.SourceFile} · fund value: {Wording.Of(fund.FundValueBasis)}; weights: {Wording.Of(fund.WeightBasis)}", ("class", "sub"));
                            // Every report of a market's fund is listed here: one the figures do not count says why, as everywhere.
                            if (fund.NotCounted is { } notCounted) w.Element("span", notCounted, ("class", "sub not-counted"));
                        })
                        .Num(() => page.Count(at + ".rowsCompared", check.RowsCompared))
                        .Cell(() =>
                        {
                            page.Name(check.StatedSumPercent is { } sum ? sum.ToString("0.##", CultureInfo.InvariantCulture) + "%" : Format.Dash);
                            if (Wording.WeightsUnreadable(check) is { } unreadable) w.Element("span", unreadable, ("class", "sub"));
                        })
                        .Num(() => page.Count(at + ".rowsOutsideTolerance", check.RowsOutsideTolerance))
                        .Num(() => page.Figure(at + ".maxDifferencePercent", check.MaxDifferencePercent, Format.PercentagePoints(check.MaxDifferencePercent)))
                        .Num(() => page.Figure(at + ".tolerancePercent", check.TolerancePercent, Format.PercentagePoints(check.TolerancePercent))));
                }
            });
        if (MarketWording.Rest(weighed.Count, checks.Count, "fund reports, those with the most rows outside the tolerance first,", MarketWording.WeightsWhere) is { } rest)
        {
            page.Note(rest);
        }

        page.Heading(3, "What is excluded, and why");
        page.Paragraph(Wording.InstrumentsMethod + " Excluded holdings still count in fund value. " +
            "A row whose asset class is not recognised is screened, because a missed exposure is worse than a wasted look-up. " +
            "Rejected lines are listed above so they can be checked by hand. Unmatched and excluded holdings are not listed on this page; the CSV " +
            $"files of the same run list every one with its reason. {ListFraming.WhoIsOnTheList(run.ReferenceData, run.Lists)}, and funds held by a fund are looked through only when a portfolio file describes them.");

        page.Heading(3, "How figures are added up");
        page.Paragraph($"Flagged value adds up matched holdings only, {page.Report.Terms.InCompanies}. Related value and value awaiting review are " +
            $"given separately and never counted as flagged. Figures by {page.Report.Terms.Category} count a company under each category it carries, " +
            "so they overlap and are never added up. " + Wording.TotalsMethod(page.Report.Terms));

        if (report.Market is not null)
        {
            page.Heading(3, "A market of funds");
            page.Paragraph(MarketWording.Method);
        }

        if (report.Portfolio is { } portfolio)
        {
            page.Heading(3, "Looking through the scheme");
            page.Paragraph($"The portfolio file lists what the scheme invests in directly, with each amount and its currency. Amounts are converted " +
                $"to {portfolio.ReportCurrency} at the rates under {PortfolioSection.RatesTitle}, then followed down to company level: through a " +
                "fund's holdings file, through rows of that file that are other funds of the scheme, and through an index mandate's constituent " +
                "list (weights only). Exposure along a path is the amount invested times the weight at each level; a company held along several " +
                "paths adds them up. Value that was not looked through (a holding without a file,  rows with no company issuer, rows that could not " +
                "be read or that do not add up to the stated value) is listed under Coverage with its reason and is never treated as free of exposure.");
        }

        page.Heading(3, "Run and inputs");
        page.Facts(
            ("Tool", () => w.Text($"Exposure {run.ToolVersion}")),
            ("Reference list version", () => w.Text(run.ReferenceDataVersion)),
            ("Matching algorithm", () => w.Text(run.MatchingAlgorithm)),
            ("Weight tolerance", () => page.Figure("run.weightTolerancePercent", run.WeightTolerancePercent, Format.PercentagePoints(run.WeightTolerancePercent))),
            ("Generated", () => w.Text(Wording.Generated(run.GeneratedAt))));
        // A market of thousands of holdings files lists the first of them, as its other tables do.
        var listed = MarketLayout.InputsListed(report, out var holdingsFiles);
        page.Table("Input files", [new Column("Input file"), new Column("Role"), new Column("Lines", true), new Column("Bytes", true), new Column("SHA-256")], () =>
        {
            foreach (var (input, i) in listed)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"run.inputs[{i}]");
                page.Row(() => page.RowHeader(input.Shown).Cell(input.Role).Num(() => page.Count(at + ".lines", input.Lines))
                    .Num(() => page.Count(at + ".bytes", input.Bytes)).Cell(() => page.W.Element("code", input.Sha256), "hash"));
            }
        }, sortable: listed.Count > 1);
        if (MarketLayout.InputsRest(listed, holdingsFiles) is { } inputsRest) page.Note(inputsRest);
        page.CloseSection();
    }

    /// <summary>
    /// The lists screened against, as the PDF gives them: each list's name, format, date, entries imported, licence and
    /// SHA-256, what a file left out, and the notes on companies joined across lists, on names kept apart and on values
    /// reported, with the counts the JSON report gives.
    /// </summary>
    private static void ListsUsed(ReportPage page)
    {
        if (page.Report.Run.Lists is not { } used)
        {
            return;
        }

        var w = page.W;
        page.Paragraph(Wording.ListsIntro(used, page.Report.Terms));
        var columns = Wording.ListsColumns;
        page.Table(Wording.Capitalised(ListFraming.TheLists(used)),
            [new Column(columns[0]), new Column(columns[1]), new Column(columns[2]), new Column(columns[3], true), new Column(columns[4]), new Column(columns[5])], () =>
            {
                for (var i = 0; i < used.Lists.Count; i++)
                {
                    var list = used.Lists[i];
                    var at = string.Create(CultureInfo.InvariantCulture, $"run.lists.lists[{i}]");
                    page.Row(() => page.RowHeader(list.Name).Cell(list.Format).Cell(list.Date is null ? Format.Dash : list.DateShown)
                        .Num(() => page.Count(at + ".entries", list.Entries)).Cell(Wording.ListLicence(list))
                        .Cell(() => w.Element("code", list.Sha256), "hash"));
                }
            }, headed: true);
        if (Wording.ListsLeftOut(used) is { } leftOut)
        {
            page.Paragraph(leftOut);
        }

        if (Wording.ListsNotes(used, page.Report.Terms) is { Count: > 0 } notes)
        {
            w.Open("p");
            page.Sentence(notes);
            w.Close("p");
        }

        if (ListFraming.NameConflicts(used) is { } conflicts) page.Paragraph(conflicts);
    }

    /// <summary>How many holdings and companies rest on secondary sources only, as the model counts them (<see cref="SourceKindCounts"/>): the PDF's paragraph.</summary>
    private static void SecondarySourcesParagraph(ReportPage page)
    {
        var w = page.W;
        var sources = page.Report.Summary.Sources;
        w.Open("p").Text($"Each {page.Report.Terms.Entry} gives the kind of its source: an official list or notice or the NGO or academic report itself (primary), or a " +
            "coalition statement, law-firm bulletin, trade press, news, press-release wire or a third party's copy of an official file (secondary). ");
        if (sources.Holdings == 0)
        {
            w.Text("No holding is matched to a company on the list or related to one.");
        }
        else
        {
            w.Text("Of the ");
            page.Count("summary.sources.holdings", sources.Holdings).W.Text(sources.Holdings == 1 ? " matched or related holding, " : " matched and related holdings, ");
            if (sources.HoldingsOnSecondaryOnly == 0)
            {
                w.Text(sources.Holdings == 1 ? "it does not concern" : "none concerns").Text(" a company whose entries rest on secondary sources only.");
            }
            else
            {
                page.Count("summary.sources.holdingsOnSecondaryOnly", sources.HoldingsOnSecondaryOnly).W.Text(sources.HoldingsOnSecondaryOnly == 1 ? " concerns " : " concern ");
                page.Count("summary.sources.companiesOnSecondaryOnly", sources.CompaniesOnSecondaryOnly).W.Text(sources.CompaniesOnSecondaryOnly == 1
                    ? " company whose entries rest on secondary sources only; its caveat says so."
                    : " companies whose entries rest on secondary sources only; their caveats say so.");
            }
        }

        if (sources.CompaniesKindNotStated > 0)
        {
            w.Text(" For ");
            page.Count("summary.sources.companiesKindNotStated", sources.CompaniesKindNotStated)
                .W.Text(sources.CompaniesKindNotStated == 1 ? " company held, a list does not state the kind of some of its sources." : " companies held, a list does not state the kind of some of its sources.");
        }

        w.Close("p");
    }

    private static void Rule(ReportPage page, string rule, string when, string outcome) =>
        page.Row(() => page.RowHeader(() => page.W.Element("code", rule)).Cell(when).Cell(outcome));
}
