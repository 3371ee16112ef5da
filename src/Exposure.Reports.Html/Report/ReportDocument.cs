using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>The page: head with its policy, style and title; the masthead; the contents; the sections in the PDF's order; the footer; the script.</summary>
internal static class ReportDocument
{
    public const string Title = Wording.ReportTitle;

    private static readonly IHtmlSection[] Sections =
    [
        new ExecutiveSummarySection(),
        new ChartsSection(),
        new PortfolioSection(),
        new MarketSection(),
        new SummarySection(),
        new FundsSection(),
        new CompaniesSection(),
        new FindingsSection(),
        new ReviewSection(),
        new RejectedLinesSection(),
        new MethodologySection(),
        new DisclaimerSection(),
    ];

    /// <summary>The sections this report has, in order.</summary>
    public static IReadOnlyList<IHtmlSection> For(ExposureReport report) => Sections.Where(s => s.Applies(report)).ToList();

    public static string Write(ExposureReport report)
    {
        var page = new ReportPage(report);
        var w = page.W;
        var sections = For(report);
        var policy = $"default-src 'none'; style-src {Asset.Hash(Asset.Css)}; script-src {Asset.Hash(Asset.Script)}; " +
            "img-src 'none'; base-uri 'none'; form-action 'none'";

        w.Raw("<!DOCTYPE html>\n");
        w.Open("html", ("lang", "en"));
        w.Open("head");
        w.Open("meta", ("charset", "utf-8"));
        w.Open("meta", ("http-equiv", "Content-Security-Policy"), ("content", policy));
        w.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        w.Open("meta", ("name", "generator"), ("content", $"Exposure {report.Run.ToolVersion}"));
        w.Open("meta", ("name", "referrer"), ("content", "no-referrer"));
        w.Element("title", report.Portfolio is { } p ? $"Exposure report: {p.Title}" : $"Exposure report: {Format.Plural(report.Summary.Funds, "fund", "funds")} screened");
        w.Open("style").Raw(Asset.Css).Close("style");
        w.Close("head");

        w.Open("body");
        w.Element("a", "Skip to the report", ("class", "skip-link"), ("href", "#main"));
        Masthead.Write(page);
        Contents(page, sections);
        w.Open("main", ("id", "main"), ("tabindex", "-1"));
        foreach (var section in sections)
        {
            section.Write(page);
        }

        w.Close("main");
        Footer(page);
        w.Open("script").Raw(Asset.Script).Close("script");
        w.Close("body");
        w.Close("html");
        return w.ToString();
    }

    private static void Contents(ReportPage page, IReadOnlyList<IHtmlSection> sections)
    {
        var w = page.W;
        w.Open("nav", ("aria-labelledby", "contents-h"), ("class", "contents"));
        w.Element("h2", "Contents", ("id", "contents-h"));
        w.Open("ol");
        foreach (var section in sections)
        {
            w.Open("li").Element("a", section.Title, ("href", "#" + section.Id));
            if (section is PortfolioSection && page.Portfolio is not null)
            {
                w.Open("ol").Open("li").Element("a", PortfolioSection.CoverageTitle, ("href", "#" + PortfolioSection.CoverageId)).Close("li").Close("ol");
            }

            w.Close("li");
        }

        w.Close("ol");
        w.Close("nav");
    }

    private static void Footer(ReportPage page)
    {
        var run = page.Report.Run;
        var w = page.W;
        w.Open("footer", ("class", "page-footer"));
        w.Open("p");
        w.Text($"Produced with Exposure {run.ToolVersion}, matching {run.MatchingAlgorithm}, reference list version {run.ReferenceDataVersion}. ");
        w.Text(run.GeneratedAt is { } at ? $"Generated {Format.Timestamp(at)}." : "Not time-stamped: the same inputs give the same page.");
        w.Close("p");
        if (run.IllustrativeNote is { } note)
        {
            w.Element("p", note, ("class", "footer-notice"));
        }

        w.Close("footer");
    }
}
