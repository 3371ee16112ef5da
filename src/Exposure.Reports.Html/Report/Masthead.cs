using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>
/// The top of the page, as the PDF's cover: the illustrative-data notice when the model has one, the title, what was
/// screened and the holdings' dates, the list's version, date and latest allegation, what produced the page (the run time
/// only when the run was stamped), and what the companies in it are (and are not).
/// </summary>
internal static class Masthead
{
    private const int FundsNamed = 4;

    public static void Write(ReportPage page)
    {
        var report = page.Report;
        var run = report.Run;
        var w = page.W;
        w.Open("header", ("class", "masthead"));
        if (run.IllustrativeNote is { } note)
        {
            w.Open("div", ("class", "banner"));
            w.Open("p");
            if (!note.StartsWith("Illustrative data", StringComparison.OrdinalIgnoreCase))
            {
                w.Element("strong", "Illustrative data.").Text(" ");
            }

            w.Text(note).Close("p").Close("div");
        }

        w.Element("p", "Exposure report", ("class", "kicker"));
        w.Element("h1", ListFraming.Title(report.Run.Lists, ReportDocument.Title));
        page.Paragraph(
            $"Which funds hold {ListFraming.Companies(report.Run.Lists)}, how much they hold, why each company is on the list and where that comes from.", "subtitle");

        var dates = report.Summary.Dates;
        var facts = new List<(string, Action)>();
        if (page.Portfolio is { } p)
        {
            facts.Add(("Scheme", () => w.Element("strong", p.Title)));
            facts.Add(("Holdings", () => w.Text(SchemeBounds.Holdings(p))));
            facts.Add(("Scheme as of", () => w.Text(p.AsOf is null ? Wording.NoSchemeDate : Format.Date(p.AsOf))));
            facts.Add(("Holdings as of", () => w.Text(p.HoldingsAsOf)));
            facts.Add(("Report currency", () => w.Text(p.ReportCurrency)));
        }
        else if (report.Market is { } market)
        {
            var m = market.Summary;
            facts.Add(($"Funds screened ({Format.Count(m.Funds)})", () => w.Element("strong",
                $"{Format.Plural(m.Funds, "fund", "funds")} {MarketWording.FiledBy(m)}, from SEC Form N-PORT reports ({Format.Plural(m.Reports, "report", "reports")} in all)")));
            facts.Add(("Holdings as of", () => w.Text(Wording.HoldingsAsOf(dates))));
            facts.Add(("Listed here", () => w.Text(MarketWording.ListedHere)));
        }
        else
        {
            var funds = report.Funds;
            facts.Add((funds.Count == 1 ? "Fund screened" : $"Funds screened ({Format.Count(funds.Count)})", () => FundNames(page)));
            facts.Add(("Holdings as of", () => w.Text(Wording.HoldingsAsOf(dates))));
        }

        facts.Add(("Reference list", () => ReferenceList(page)));
        facts.Add(("Produced with", () => w.Text($"Exposure {run.ToolVersion}, matching {run.MatchingAlgorithm}")));
        if (run.GeneratedAt is { } at)
        {
            facts.Add(("Generated", () => w.Text(Wording.Generated(at))));
        }

        page.Facts([.. facts]);

        page.Callout("note", "What the companies here are.", ListFraming.WhyNamed(report.Run.Lists) is { } why
            ? why + $" {Wording.Verb(report.Run.Lists!.Lists.Count, "The list is", "The lists are")} data with citations, not a finding of this tool, and being on one does not establish wrongdoing. " +
              "Each company's section gives its sources and the list's caveat: read the caveat before publishing anything about a company."
            : "They appear because public sources (government lists, or reports by researchers, journalists and NGOs) name them, or " +
            "name their parent or subsidiary, in connection with alleged Uyghur forced labour or Xinjiang's surveillance and internment " +
            "apparatus. The list is data with citations, not a finding of this tool, and being on it does not establish wrongdoing. " +
            "Each company's section gives its sources and the list's caveat: read the caveat before publishing anything about a company.");
        w.Close("header");
    }

    private static void FundNames(ReportPage page)
    {
        var w = page.W;
        var funds = page.Report.Funds;
        var shown = funds.Count <= FundsNamed ? funds : funds.Take(FundsNamed - 1).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0)
            {
                w.Open("br");
            }

            w.Open("strong");
            page.Name(shown[i].DisplayName);
            w.Close("strong");
        }

        if (shown.Count < funds.Count)
        {
            w.Open("br").Text($"and {Format.Plural(funds.Count - shown.Count, "other fund", "other funds")} ");
            if (Core.Reporting.MarketLayout.Applies(page.Report))
            {
                w.Text("(the workbook, funds.csv and the JSON list every fund)");
            }
            else
            {
                w.Text("(every fund is listed under ");
                w.Element("a", FundsSection.SectionTitle, ("href", "#" + FundsSection.SectionId)).Text(")");
            }
        }
    }

    private static void ReferenceList(ReportPage page)
    {
        var run = page.Report.Run;
        page.W.Text($"{Wording.ListDates(page.Report.Summary.Dates, page.Report.Run.Lists)}: ");
        page.Count("run.referenceData.companies", run.ReferenceData.Companies).W.Text($" {ListFraming.CompaniesCounted(run.ReferenceData, run.Lists)} and ");
        page.Count("run.referenceData.allegations", run.ReferenceData.Allegations).W.Text($" {ListFraming.AllegationsCounted(run.ReferenceData.Allegations, run.Lists)}, each with its source");
    }
}
