using System.Diagnostics;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>Outputs fit to publish: file names without folders, reviewers named only when asked, plain words, the dates that matter.</summary>
public sealed class PublishingTests
{
    private const string Reviewer = "Jane Q. Reviewer";

    private static (ReportTexts Texts, string OutDir) Run(TempFolder temp, params string[] extra)
    {
        // Every input by its absolute path, as a user's shell gives it.
        var holdings = Path.GetFullPath(temp.File("holdings.csv", File.ReadAllText(RepoPaths.IllustrativeHoldings)));
        var decisions = Path.GetFullPath(temp.File("decisions.csv",
            "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\n" +
            $"accept,{Reviewer},2026-11-21,the name is the company's,meiya-pico,,,,MEIYA PICO INFORMATION\n"));
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run(["report", "--holdings", holdings, "--decisions", decisions, "--out", outDir, "--format", "pdf,html,xlsx,json,csv", .. extra]);
        Assert.True(r.ExitCode == 0, r.Error);
        return (ReportTexts.Read(outDir, r.Output), outDir);
    }

    [SkippableFact]
    public void Published_outputs_name_input_files_without_their_folders_and_reviewers_only_when_asked()
    {
        using var temp = new TempFolder();
        var (texts, _) = Run(temp);

        foreach (var (output, text) in texts.ByOutput.Where(kv => kv.Key != "terminal"))
        {
            Assert.False(text.Contains(temp.Path, StringComparison.Ordinal), $"{output} shows the folder of an input file");
            Assert.False(text.Contains(Reviewer, StringComparison.Ordinal), $"{output} names the reviewer");
        }
        Assert.Contains("decisions.csv", texts.Pdf);
        Assert.Contains("holdings.csv", texts.Pdf);
        Assert.Contains("accepted by a reviewer on 2026-11-21", texts.Flat("json"));

        using var shown = new TempFolder();
        var (named, _) = Run(shown, "--show-reviewers");
        Assert.Contains(Reviewer, named.Flat("pdf"));
        Assert.Contains(Reviewer, named.Json);
        Assert.DoesNotContain(shown.Path, named.Pdf);
    }

    [SkippableFact]
    public void Board_facing_pages_speak_plainly_and_scores_stay_in_the_evidence()
    {
        using var temp = new TempFolder();
        var (texts, outDir) = Run(temp);

        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.ByOutput[output];
            // Categories read as words where they label something; the sources' own prose ("forced-labour programmes") is quoted as it is.
            Assert.Contains("Forced labour · ", text);
            Assert.DoesNotContain("forced-labour · ", text);
            Assert.DoesNotMatch(@"(?m)^\s*(forced-labour|labour-transfer)\s*$", text);
            Assert.DoesNotContain("Categories forced-labour", text);
            Assert.Contains("Shanghai Stock Exchange 601899", text);
        }
        foreach (var (output, marker) in new[] { ("pdf", "Each holding line matched to a company on the list"), ("html", "Each holding line matched to a company on the list") })
        {
            // Codes belong to the evidence, where the list's values are compared as the list writes them.
            var board = texts.Flat(output)[..texts.Flat(output).IndexOf(marker, StringComparison.Ordinal)];
            Assert.DoesNotContain("XSHG:601899", board);
        }
        Assert.Contains("Forced labour", texts.Xlsx);

        // The pages before the evidence (cover, summaries, funds, companies) carry no rule score.
        var pdf = texts.Flat("pdf");
        var boardPages = pdf[..pdf.IndexOf("Each holding line matched to a company on the list", StringComparison.Ordinal)];
        Assert.DoesNotContain("score", boardPages, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("score", pdf[boardPages.Length..], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_cover_the_page_header_and_the_workbook_summary_give_the_dates_that_matter()
    {
        using var temp = new TempFolder();
        var (texts, outDir) = Run(temp);

        Requires.Program("pdftotext", "poppler-utils");
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-f", "1", "-l", "1", Path.Combine(outDir, "exposure-report.pdf"), "-"]) { RedirectStandardOutput = true })!;
        var cover = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var html = File.ReadAllText(Path.Combine(outDir, "exposure-report.html"));
        var masthead = ReportTexts.HtmlText(html[..html.IndexOf("</header>", StringComparison.Ordinal)]);
        foreach (var (where, text) in new[] { ("cover", cover), ("page header", masthead), ("workbook", texts.Xlsx) })
        {
            Assert.True(text.Contains("Holdings as of", StringComparison.Ordinal), $"{where}: no holdings date");
            Assert.True(text.Contains("2026-11-20", StringComparison.Ordinal), $"{where}: no holdings date");
            Assert.True(text.Contains("version 2026.12.04", StringComparison.Ordinal), $"{where}: no list version");
            Assert.True(text.Contains("latest allegation dated 2025-01-15", StringComparison.Ordinal), $"{where}: no list date");
            Assert.False(text.Contains("not time-stamped", StringComparison.Ordinal), $"{where}: says it is not time-stamped");
        }
    }
}
