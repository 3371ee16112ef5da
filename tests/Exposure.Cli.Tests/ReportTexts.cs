using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// The words a reader sees in each output of a run: the PDF's text (by pdftotext), the web page's text, every string of
/// the workbook, the JSON and the CSV files, and what the terminal printed. Tests look for what each says, and must not.
/// </summary>
internal sealed partial class ReportTexts
{
    private ReportTexts(IReadOnlyDictionary<string, string> byOutput) => ByOutput = byOutput;

    /// <summary>Each output's text: <c>pdf</c>, <c>html</c>, <c>xlsx</c>, <c>json</c>, each CSV file by name, and <c>terminal</c>.</summary>
    public IReadOnlyDictionary<string, string> ByOutput { get; }

    public string Pdf => ByOutput["pdf"];
    public string Html => ByOutput["html"];
    public string Xlsx => ByOutput["xlsx"];
    public string Json => ByOutput["json"];
    public string Terminal => ByOutput["terminal"];

    /// <summary>
    /// Runs <c>report</c> with <paramref name="args"/> into an "out" folder of <paramref name="temp"/>, asserts it
    /// succeeded, and reads what it wrote: every output's text, and the JSON report's root.
    /// </summary>
    public static (ReportTexts Texts, JsonElement Json) Report(TempFolder temp, params string[] args)
    {
        var outDir = Path.Combine(temp.Path, "out");
        var result = CliRunner.Run(["report", .. args, "--out", outDir]);
        Assert.True(result.ExitCode == 0, result.Error);
        var texts = Read(outDir, result.Output);
        return (texts, JsonDocument.Parse(texts.Json).RootElement.Clone());
    }

    /// <summary>A company of the JSON report, by its id.</summary>
    public static JsonElement Company(JsonElement json, string id) =>
        json.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>Reads the outputs in <paramref name="folder"/>; the PDF needs pdftotext (the test is skipped without it).</summary>
    public static ReportTexts Read(string folder, string terminal)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal) { ["terminal"] = terminal };
        foreach (var csv in Directory.GetFiles(folder, "*.csv")) texts[Path.GetFileName(csv)] = File.ReadAllText(csv);
        if (File.Exists(Path.Combine(folder, "exposure-report.json"))) texts["json"] = File.ReadAllText(Path.Combine(folder, "exposure-report.json"));
        if (File.Exists(Path.Combine(folder, "exposure-report.html"))) texts["html"] = HtmlText(File.ReadAllText(Path.Combine(folder, "exposure-report.html")));
        if (File.Exists(Path.Combine(folder, "exposure-report.xlsx"))) texts["xlsx"] = WorkbookText(Path.Combine(folder, "exposure-report.xlsx"));
        if (File.Exists(Path.Combine(folder, "exposure-report.pdf")))
        {
            Requires.Program("pdftotext", "poppler-utils");
            texts["pdf"] = PdfText(Path.Combine(folder, "exposure-report.pdf"));
        }
        return new ReportTexts(texts);
    }

    /// <summary>The PDF's text, each line's runs of spaces made one, so a phrase reads as it does on the page.</summary>
    public static string PdfText(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return Spaces().Replace(text, " ");
    }

    /// <summary>The page's text without scripts, styles and tags, entities decoded, runs of white space made one space.</summary>
    public static string HtmlText(string html)
    {
        var body = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        body = Regex.Replace(body, "<(br|p|li|tr|h[1-6]|div|dt|dd|th|td)\\b[^>]*>", "\n<$1>", RegexOptions.IgnoreCase);
        body = Regex.Replace(body, "<[^>]+>", "");
        return Spaces().Replace(WebUtility.HtmlDecode(body), " ");
    }

    /// <summary>Every string of the workbook: shared strings, inline strings and sheet names, one per line.</summary>
    public static string WorkbookText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var strings = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var doc = XDocument.Load(stream);
            strings.AddRange(doc.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value));
            strings.AddRange(doc.Descendants().Where(e => e.Name.LocalName == "sheet").Select(e => (string?)e.Attribute("name") ?? ""));
        }
        return string.Join("\n", strings);
    }

    /// <summary>An output's text as one line: a phrase the layout wrapped reads whole (a break after a hyphen is joined).</summary>
    public string Flat(string output) => Regex.Replace(ByOutput[output].Replace("-\n", "-", StringComparison.Ordinal), "\\s+", " ");

    /// <summary>Every output whose text holds <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Holding(string text) =>
        ByOutput.Where(kv => kv.Value.Contains(text, StringComparison.Ordinal)).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("[ \\t\\u00A0]+")]
    private static partial Regex Spaces();
}
