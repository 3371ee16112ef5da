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

    [SkippableFact]
    public void A_scheme_holding_a_long_and_a_short_swap_on_a_named_company_gives_their_notionals_apart_in_every_output()
    {
        using var temp = new TempFolder();
        // 10,000,000 of rows, the scheme's 10,000,000 in it: the notionals reach the scheme whole. The swaps' values are in the
        // fund's value only; they are matched by the ISIN of their reference instrument, ZTE's H share, which the list gives.
        temp.File("swaps.csv", """
            Name,Ticker,Exchange,ISIN,Asset Class,Market Value,Notional,Direction,Currency
            ZTE CORP H,763,XHKG,,Equity,1000000,,,USD
            ZTE TOTAL RETURN SWAP LONG,,,CNE1000004Y2,Swap,10000,900000,Long,USD
            ZTE TOTAL RETURN SWAP SHORT,,,CNE1000004Y2,Swap,-10000,500000,Short,USD
            TENCENT HOLDINGS LTD,700,XHKG,,Equity,9000000,,,USD
            """);
        var scheme = temp.File("scheme.json", """
            { "title": "Swap scheme (ILLUSTRATIVE)", "reportCurrency": "USD",
              "holdings": [ { "id": "swaps", "name": "Long short fund", "file": "swaps.csv", "amount": 10000000, "currency": "USD" } ] }
            """);
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", scheme, "--format", "pdf,html,xlsx,json,csv");

        var portfolio = json.GetProperty("portfolio");
        Assert.Equal(1_000_000m, portfolio.GetProperty("flaggedValue").GetDecimal());
        foreach (var held in new[] { portfolio.GetProperty("flaggedByInstrument"), portfolio.GetProperty("entries")[0].GetProperty("flaggedByInstrument"),
                     portfolio.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("companyId").GetString() == "zte").GetProperty("byInstrument") })
        {
            Assert.Equal((900_000m, 500_000m), (held.GetProperty("derivativeNotional").GetDecimal(), held.GetProperty("shortNotional").GetDecimal()));
        }
        // The fund's own figures keep them apart too.
        var fund = json.GetProperty("funds")[0].GetProperty("flaggedByInstrument");
        Assert.Equal((900_000m, 500_000m), (fund.GetProperty("derivativeNotional").GetDecimal(), fund.GetProperty("shortNotional").GetDecimal()));

        var sentence = "USD 1,000,000 held in named companies (USD 1,000,000 in shares, USD 0 in bonds); USD 900,000 notional in derivatives not short and " +
            "USD 500,000 in short derivatives on them, not added to each other or to the value held";
        foreach (var output in new[] { "terminal", "pdf", "html" })
        {
            Assert.True(texts.Flat(output).Contains(sentence, StringComparison.Ordinal), $"{output} does not say: {sentence}");
        }
        Assert.Contains($"{Wording.ShortNotionalLabel} (USD)", texts.Xlsx, StringComparison.Ordinal);
        foreach (var (output, text) in texts.ByOutput)
        {
            Assert.False(text.Contains("1,400,000", StringComparison.Ordinal) || text.Contains("1400000", StringComparison.Ordinal), $"{output} adds the short notional to the long one");
        }
    }
}
