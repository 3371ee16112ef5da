using System.Globalization;
using System.Text.RegularExpressions;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.Reports.Pdf.Report;
using Exposure.TestSupport;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// The running header of every page after the cover stays above the page body, whatever lists are screened against: no
/// word of it is drawn over the body's text, as pdftotext reads the words' boxes.
/// </summary>
public sealed partial class PageHeaderTests
{
    private static readonly string Fixtures = Path.Combine(RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures");

    public static TheoryData<string[], string> ListSets => new()
    {
        { [Path.Combine(Fixtures, "ofac-xml", "SDN.XML")], "Reference data" },
        { ["bundled", Path.Combine(Fixtures, "ofac-cmic")], "2 lists: see " + MethodologySection.Title },
        { [Path.Combine(Fixtures, "csl", "screening-list.csv"), Path.Combine(Fixtures, "ofac-cmic"), "bundled"], "3 lists: see " + MethodologySection.Title },
    };

    [SkippableTheory]
    [MemberData(nameof(ListSets))]
    public void The_header_stays_above_the_body_with_one_two_or_three_lists(string[] lists, string headerSays)
    {
        Requires.Program("pdftotext", "poppler-utils");
        using var temp = new TempFolder();
        var report = ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(RepoPaths.IllustrativeHoldings, "illustrative-holdings.csv")], RepoPaths.ReferenceData, temp.Path, [], "test",
            Lists: lists)).Report;
        using var rendered = RenderedReport.Of(report);

        var pages = WordsByPage(rendered.Path);
        Assert.True(pages.Count > 2);
        foreach (var (words, page) in pages.Select((w, i) => (w, rendered.Layout.Pages[i])).Skip(1))
        {
            var header = words.Where(w => w.Y1 <= page.Body.Top).Select(w => w.Text).ToList();
            var expected = $"{ListFraming.ShortTitle(report.Run.Lists, Words.ShortTitle)} {headerSays}".Split(' ');
            Assert.True(expected.All(header.Contains), $"page {page.Info.Number}: the header above the body reads '{string.Join(' ', header)}', not all of '{string.Join(' ', expected)}'");
            var straddling = words.Where(w => w.Y0 < page.Body.Top && w.Y1 > page.Body.Top).Select(w => w.Text).ToList();
            Assert.True(straddling.Count == 0, $"page {page.Info.Number}: '{string.Join(' ', straddling)}' runs from the header into the body");
            var over = words.SelectMany((a, i) => words.Skip(i + 1).Where(b => Overlap(a, b)).Select(b => $"'{a.Text}' over '{b.Text}'")).ToList();
            Assert.True(over.Count == 0, $"page {page.Info.Number}: {string.Join("; ", over)}");
        }
    }

    // Boxes that touch by less than a point are neighbours, not one drawn over the other.
    private static bool Overlap(Word a, Word b) => a.X0 + 1 < b.X1 && b.X0 + 1 < a.X1 && a.Y0 + 1 < b.Y1 && b.Y0 + 1 < a.Y1;

    /// <summary>Every word pdftotext finds on each page, with its box in points from the page's top left.</summary>
    private static List<List<Word>> WordsByPage(string path)
    {
        var (exitCode, html, error) = PdfTools.RunApart("pdftotext", "-bbox", "-enc", "UTF-8", path, "-");
        Assert.True(exitCode == 0, error);
        return html.Split("<page ").Skip(1)
            .Select(page => WordBox().Matches(page).Select(m => new Word(
                m.Groups["text"].Value,
                Number(m, "x0"), Number(m, "y0"), Number(m, "x1"), Number(m, "y1"))).ToList())
            .ToList();
    }

    private static double Number(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private sealed record Word(string Text, double X0, double Y0, double X1, double Y1);

    [GeneratedRegex("""<word xMin="(?<x0>[^"]+)" yMin="(?<y0>[^"]+)" xMax="(?<x1>[^"]+)" yMax="(?<y1>[^"]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordBox();
}
