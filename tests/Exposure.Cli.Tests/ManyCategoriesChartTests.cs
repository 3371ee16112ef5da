using System.Text.RegularExpressions;
using Exposure.Core.Reporting;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Two funds screened against the bundled list and a list of one's own give a chart of 11 categories: the PDF and the
/// web page draw every one, each in a fill of its own, and say nothing of categories left out, as none is.
/// </summary>
public sealed partial class ManyCategoriesChartTests
{
    [SkippableFact]
    public void Eleven_categories_are_each_drawn_in_a_fill_of_their_own_in_the_pdf_and_the_web_page()
    {
        using var temp = new TempFolder();
        var holdings = ManyCategories.WriteHoldings(Path.Combine(temp.Path, "holdings"));
        var (texts, json) = ReportTexts.Report(temp,
            [.. holdings.SelectMany(h => new[] { "--holdings", h }), .. ManyCategories.ElevenCategories.SelectMany(l => new[] { "--list", l }), "--format", "pdf,html,json", "--quiet"]);

        var names = json.GetProperty("funds").EnumerateArray().SelectMany(f => f.GetProperty("byCategory").EnumerateArray())
            .Select(c => Wording.Category(c.GetProperty("category").GetString()!, c.GetProperty("list").GetString())).Distinct().ToList();
        Assert.Equal(11, names.Count);
        Assert.Contains($"Internment construction ({ManyCategories.ListAName})", names);

        var html = File.ReadAllText(Path.Combine(temp.Path, "out", "exposure-report.html"));
        var chart = html[html.IndexOf(">By category of allegation</h", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</figure>", StringComparison.Ordinal)];
        var legend = Legend().Match(chart);
        Assert.True(legend.Success);
        var fills = Fill().Matches(legend.Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(11, fills.Count);
        Assert.Equal(11, fills.Distinct().Count());
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.All(names, n => Assert.Contains(n, text, StringComparison.Ordinal));
            Assert.DoesNotContain("with the largest flagged weight in a fund are drawn", text, StringComparison.Ordinal);
        }

        Assert.Contains("Categories of allegation are told apart by shades, dots and lines, never by diagonal hatching.", texts.Flat("html"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<ul class=\"legend\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex Legend();

    [GeneratedRegex("<rect [^>]*fill=\"([^\"]+)\"")]
    private static partial Regex Fill();
}
