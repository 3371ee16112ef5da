using System.Globalization;
using System.Text.RegularExpressions;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// Names of 300 characters and long value labels in every chart that takes labels (companies, categories, funds, the
/// scheme's holdings, managers and companies): the report is written, its labels are shortened about an ellipsis and
/// its value labels wrap, the PDF is sound and every word lies inside its page.
/// </summary>
public sealed partial class LongChartLabelTests
{
    private const string Start = "Extremely Long Holdings";
    private const string End = "Final Words Ltd.";

    /// <summary>A name of exactly 300 characters: <paramref name="start"/>, filler words, <see cref="End"/>.</summary>
    private static string Long(string start)
    {
        var middle = string.Concat(Enumerable.Repeat(" Industrial Technology Group", 20));
        var name = start + middle[..(300 - start.Length - End.Length - 1)] + " " + End;
        Assert.Equal(300, name.Length);
        return name;
    }

    private static readonly string LongReason = "no holdings file: " + string.Concat(Enumerable.Repeat("the manager sends a statement by post only, ", 7)).TrimEnd();

    /// <summary>The illustrative report with a second fund, both funds, a company and a category named at length, and a flagged value of 15 digits.</summary>
    private static ExposureReport LongFunds()
    {
        var r = Reports.Illustrative;
        var fund = r.Funds[0];
        var category = fund.ByCategory[0] with { Category = Long("Category") };
        var first = fund with { Name = Long("Fund One " + Start), ByCategory = [category, .. fund.ByCategory.Skip(1)] };
        var second = fund with { Id = fund.Id + "-2", Name = Long("Fund Two " + Start), FlaggedValue = 123_456_789_012_345m };
        var company = r.Companies[0] with { NameEn = Long("Company " + Start) };
        return r with { Funds = [first, second], Companies = [company, .. r.Companies.Skip(1)] };
    }

    /// <summary>The illustrative scheme with a holding, its manager, a company and a category named at length, and a reason not looked through of 300 characters.</summary>
    private static ExposureReport LongScheme()
    {
        var r = Reports.Scheme;
        var p = r.Portfolio!;
        var manager = p.Managers[0].Manager;
        var longManager = Long("Manager " + Start);
        var entries = p.Entries.Select((e, i) => e with
        {
            Name = i == 0 ? Long("Holding " + Start) : e.Name,
            Manager = e.Manager == manager ? longManager : e.Manager,
        }).ToList();
        var notLooked = p.Entries.Single(e => e.NotLookedThrough is not null).Id;
        var gaps = p.Coverage.Gaps.Select(g => g.Path == notLooked ? g with { Reason = LongReason } : g).ToList();
        var named = p.Companies.First(c => c.State == RowState.Matched);
        var companies = p.Companies.Select(c => c == named ? c with { Name = Long("Company " + Start), Value = 123_456_789_012_345m, NotAllLookedThrough = true } : c).ToList();
        var categories = p.Categories.Select((c, i) => i == 0 ? c with { Category = Long("Category") } : c).ToList();
        return r with
        {
            Portfolio = p with
            {
                Entries = entries,
                Managers = p.Managers.Select(m => m.Manager == manager ? m with { Manager = longManager } : m).ToList(),
                Coverage = p.Coverage with { Gaps = gaps },
                Companies = companies,
                Categories = categories,
            },
        };
    }

    public static TheoryData<string> Kinds => new() { "funds", "scheme" };

    private static ExposureReport Of(string kind) => kind == "funds" ? LongFunds() : LongScheme();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_chart_label_is_shortened_about_an_ellipsis_and_the_chart_says_so(string kind)
    {
        var layout = new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(Of(kind)).Layout();
        Layouts.AssertInsideBodies(layout);
        // The executive summary's chart of companies and the charts' own section.
        var charts = Blocks.ReadingText(Layouts.Between(layout, "Executive summary", kind == "funds" ? SummarySection.Title : PortfolioSection.Title)).ToList();
        var starts = kind == "funds"
            ? new[] { "Fund One " + Start, "Fund Two " + Start, "Company " + Start, "Category" }
            : ["Holding " + Start, "Manager " + Start, "Company " + Start, "Category"];
        foreach (var start in starts)
        {
            var label = Long(start);
            // The chart's row: the name's start, an ellipsis, the name's end, then its value.
            Assert.Contains(charts, line => line.Contains(start, StringComparison.Ordinal) && line.Contains('…', StringComparison.Ordinal)
                && line.Contains("Words Ltd.", StringComparison.Ordinal));
            Assert.DoesNotContain(charts, line => line.Contains(label, StringComparison.Ordinal) && line.Contains(" | ", StringComparison.Ordinal));
        }

        Assert.Contains(charts, line => line.Contains(ChartWidths.ShortenedNote, StringComparison.Ordinal));
        if (kind == "scheme")
        {
            // The value labels, wrapped beside their bars, whole.
            Assert.Contains(charts, line => line.Contains("not looked through: " + LongReason, StringComparison.Ordinal));
            Assert.Contains(charts, line => line.Contains("| at least GBP 123,456,789,012,345 (at least ", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(charts, line => line.Contains("USD 123,456,789,012,345", StringComparison.Ordinal));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Kinds))]
    public void The_report_is_written_sound_with_every_word_inside_its_page(string kind)
    {
        Requires.Program("qpdf", "qpdf");
        Requires.Program("pdftotext", "poppler-utils");
        using var rendered = RenderedReport.Of(Of(kind));

        var (check, said) = PdfTools.Run("qpdf", "--check", rendered.Path);
        Assert.True(check is 0 or 3, said);
        var (exitCode, html, error) = PdfTools.RunApart("pdftotext", "-bbox", "-enc", "UTF-8", rendered.Path, "-");
        Assert.True(exitCode == 0, error);
        var outside = new List<string>();
        foreach (Match page in PageBox().Matches(html))
        {
            var (width, height) = (Number(page, "w"), Number(page, "h"));
            outside.AddRange(WordBox().Matches(page.Groups["body"].Value)
                .Where(w => Number(w, "x0") < 0 || Number(w, "y0") < 0 || Number(w, "x1") > width || Number(w, "y1") > height)
                .Select(w => w.Groups["text"].Value));
        }

        Assert.True(outside.Count == 0, "outside its page: " + string.Join(" ", outside));
        Assert.Contains("Final", html, StringComparison.Ordinal);
    }

    private static double Number(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<page width="(?<w>[^"]+)" height="(?<h>[^"]+)">(?<body>.*?)</page>""", RegexOptions.Singleline)]
    private static partial Regex PageBox();

    [GeneratedRegex("""<word xMin="(?<x0>[^"]+)" yMin="(?<y0>[^"]+)" xMax="(?<x1>[^"]+)" yMax="(?<y1>[^"]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordBox();
}
