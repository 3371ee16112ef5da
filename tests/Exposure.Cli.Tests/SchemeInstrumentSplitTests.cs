using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core.Reporting;
using Exposure.Reports.Json;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>A scheme holding a bond fund: its look-through says how the flagged value is held, the same in every output.</summary>
public sealed class SchemeInstrumentSplitTests
{
    [SkippableFact]
    public void A_scheme_holding_bonds_of_a_named_company_says_so_beside_its_flagged_value_in_every_output()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "instruments", "ishares-bond-fund.csv"), Path.Combine(temp.Path, "bonds.csv"));
        var scheme = temp.File("scheme.json", """
            { "title": "Bond scheme (ILLUSTRATIVE)", "reportCurrency": "USD",
              "holdings": [ { "id": "credit", "name": "Asia credit", "file": "bonds.csv", "amount": 1000000, "currency": "USD" } ] }
            """);
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--portfolio", scheme, "--out", outDir, "--format", "pdf,html,xlsx,json");
        Assert.True(r.ExitCode == 0, r.Error);

        ExposureReport report;
        using (var json = File.OpenRead(Path.Combine(outDir, "exposure-report.json"))) report = JsonReportRenderer.Read(json);
        var held = report.Portfolio!.FlaggedByInstrument;
        Assert.NotNull(held);
        Assert.True(held.Bonds > 0, "the bond fund's Zijin bond is flagged through the scheme");
        Assert.Equal(0m, held.DerivativeNotional);
        Assert.Equal(report.Portfolio.FlaggedValue, held.Shares + held.Bonds + held.Other);
        var sentence = Wording.Split(held, "USD");
        Assert.Contains("in bonds", sentence, StringComparison.Ordinal);

        Assert.Contains(sentence, r.Output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(sentence), File.ReadAllText(Path.Combine(outDir, "exposure-report.html")), StringComparison.Ordinal);

        using (var book = SpreadsheetDocument.Open(Path.Combine(outDir, "exposure-report.xlsx"), false))
        {
            var texts = book.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var inline = book.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<InlineString>()).Select(i => i.InnerText);
            Assert.Contains("Of it, in bonds (USD)", texts.Concat(inline));
        }

        Requires.Program("pdftotext", "poppler-utils");
        var text = Process.Start(new ProcessStartInfo("pdftotext", [Path.Combine(outDir, "exposure-report.pdf"), "-"]) { RedirectStandardOutput = true })!
            .StandardOutput.ReadToEnd();
        Assert.Contains("How the flagged value is held", text, StringComparison.Ordinal);
        Assert.Contains(sentence, string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
