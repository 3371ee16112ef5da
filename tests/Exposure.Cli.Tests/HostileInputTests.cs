using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Broken and hostile input through the command line: every case ends in a report or in exit 2 with one line naming
/// the file, the line and the problem, never in exit 70, a hang or a runaway read.
/// </summary>
public sealed class HostileInputTests
{
    private const string Hikvision = "CNE100000PM8";

    // 14. Values past decimal's range

    [Fact]
    public void Market_values_past_any_holding_are_not_read_and_the_rest_of_the_file_is()
    {
        using var temp = new TempFolder();
        var input = temp.File("h.csv",
            "Name,ISIN,Market Value\nA,US0378331005,79228162514264337593543950335\nB,US5949181045,79228162514264337593543950335\nC,US88160R1014,1000\n");
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--format", "csv", "--quiet");

        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal("", r.Error);
        // The value is unknown; the row is still screened, and says why its value is not given.
        Assert.Single(File.ReadAllLines(Path.Combine(outDir, "rejected.csv")));
        var unmatched = File.ReadAllLines(Path.Combine(outDir, "unmatched.csv"));
        Assert.Equal(4, unmatched.Length);
        Assert.Contains("Market Value '79228162514264337593543950335' is out of range: more than 10^18, larger than any holding or fund", unmatched[1]);
        Assert.Contains("Market Value '79228162514264337593543950335' is out of range", unmatched[2]);
        Assert.Equal("1000", Field(Path.Combine(outDir, "funds.csv"), "fund_value"));
    }

    [Fact]
    public void An_nport_value_past_any_holding_is_not_read()
    {
        using var temp = new TempFolder();
        var input = temp.File("primary_doc.xml", Filings.Nport("5000", ("HIKVISION", Hikvision, "1e25"), ("HIKVISION", Hikvision, "1e25"), ("OTHER", "US0378331005", "1000")));
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--format", "csv", "--quiet");

        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal("", r.Error);
        // Who is held does not depend on how much: both Hikvision rows are still findings, their values unknown.
        Assert.Single(File.ReadAllLines(Path.Combine(outDir, "rejected.csv")));
        var matches = File.ReadAllLines(Path.Combine(outDir, "matches.csv"));
        Assert.Equal(3, matches.Length);
        Assert.All(matches.Skip(1), l => Assert.Contains("valUSD '1e25' is out of range", l));
    }

    // 15. An unclosed quote on the last line of a file that ends with line breaks

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_unclosed_quote_on_the_last_line_counts_the_lines_the_file_has(bool withMapping)
    {
        using var temp = new TempFolder();
        var input = temp.File("h.csv", "Name,ISIN,Market Value\nA,US0378331005,100\nB,US5949181045,\"200\n\n\n");
        var mapping = temp.File("m.json", """{ "columns": { "name": "Name", "isin": "ISIN", "marketValue": "Market Value" } }""");
        var outDir = Path.Combine(temp.Path, "out");
        string[] args = ["report", "--holdings", input, "--out", outDir, "--format", "csv,json", "--quiet"];
        var r = CliRunner.Run(withMapping ? [.. args, "--mapping", mapping] : args);

        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal("5", Field(Path.Combine(outDir, "funds.csv"), "lines_total"));
        Assert.Equal("3", Field(Path.Combine(outDir, "funds.csv"), "lines_rejected"));
        var rejected = File.ReadAllLines(Path.Combine(outDir, "rejected.csv"));
        Assert.StartsWith("h.csv,3,3,\"an opening quote on line 3 is never closed (lines 3\u20135 read as one field)", rejected[1]);
        Assert.Contains("\"lines\": 5", File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
    }

    // Short lines and a quote left open inside the data

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_named_company_on_a_short_line_is_rejected_and_listed_and_the_lines_add_up(bool withMapping)
    {
        using var temp = new TempFolder();
        var input = temp.File("short.csv",
            "Name,ISIN,Market Value,Weight\nApple Inc,US0378331005,\"1,000,000\",30\nHangzhou Hikvision Digital Technology Co Ltd\n" +
            "Zijin Mining Group Co Ltd,CNE100000502\nTBEA Co Ltd,,5000,1,extra\n\u00A0\n\"Holdings subject to change.\nSee the prospectus.\"\n");
        var mapping = temp.File("m.json", """{ "columns": { "name": "Name", "isin": "ISIN", "marketValue": "Market Value", "weight": "Weight" } }""");
        var outDir = Path.Combine(temp.Path, "out");
        string[] args = ["report", "--holdings", input, "--out", outDir, "--format", "csv", "--quiet"];
        var r = CliRunner.Run(withMapping ? [.. args, "--mapping", mapping] : args);

        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var rejected = File.ReadAllLines(Path.Combine(outDir, "rejected.csv"));
        var wanted = withMapping ? "the mapping reads column 4" : "the header has 4";
        Assert.Equal(
            [
                $"short.csv,3,1,has 1 field where {wanted},Hangzhou Hikvision Digital Technology Co Ltd",
                $"short.csv,4,1,has 2 fields where {wanted},\"Zijin Mining Group Co Ltd,CNE100000502\"",
            ],
            rejected.Skip(1).Take(2));
        Assert.Equal(withMapping ? 3 : 4, rejected.Length); // the mapping reads the line with a field too many as a holding
        var funds = Path.Combine(outDir, "funds.csv");
        Assert.Equal("8", Field(funds, "lines_total"));
        Assert.Equal("4", Field(funds, "lines_not_a_holding")); // header, the non-breaking space, the two lines of the footer
        Assert.Equal(withMapping ? "2" : "3", Field(funds, "lines_rejected"));
        var states = new[] { "not_a_holding", "rejected", "excluded", "unmatched", "matched", "related", "needs_review" };
        Assert.Equal(8, states.Sum(s => int.Parse(Field(funds, "lines_" + s), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_opening_quote_never_closed_rejects_the_lines_it_takes_in()
    {
        using var temp = new TempFolder();
        var input = temp.File("q2.csv", "Name,ISIN,Market Value\n\"Zijin Mining Group Co Ltd,,50000\nTBEA Co Ltd,,6000\n");
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--format", "csv", "--quiet");

        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var rejected = SpreadsheetCells(File.ReadAllText(Path.Combine(outDir, "rejected.csv")));
        Assert.Equal(2, rejected.Count);
        Assert.Equal(["q2.csv", "2", "2"], rejected[1].Take(3));
        Assert.StartsWith("an opening quote on line 2 is never closed (lines 2\u20133 read as one field)", rejected[1][3], StringComparison.Ordinal);
        Assert.Equal("\"Zijin Mining Group Co Ltd,,50000\nTBEA Co Ltd,,6000", rejected[1][4]);
        Assert.Equal("2", Field(Path.Combine(outDir, "funds.csv"), "lines_rejected"));
        Assert.Equal("1", Field(Path.Combine(outDir, "funds.csv"), "lines_not_a_holding"));
    }

    // 20. Stated net assets that are not a number, or zero

    [Theory]
    [InlineData("NaN")]
    [InlineData("1e400")]
    [InlineData("abc")]
    [InlineData("1e25")]
    public void Stated_net_assets_that_are_not_a_usable_number_stop_the_run_naming_the_line(string netAssets)
    {
        using var temp = new TempFolder();
        var text = Filings.Nport(netAssets, ("HIKVISION", Hikvision, "1000"));
        var input = temp.File("primary_doc.xml", text);
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--quiet");

        AssertOneLineError(r, $"error: {input}, line {Filings.LineOf(text, "<netAssets>")}: netAssets '{netAssets}' ");
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [Fact]
    public void Stated_net_assets_of_zero_fall_back_to_the_sum_of_rows_and_say_so()
    {
        using var temp = new TempFolder();
        var input = temp.File("primary_doc.xml", Filings.Nport("0", ("HIKVISION", Hikvision, "1000"), ("OTHER", "US0378331005", "3000")));
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--format", "csv,json,xlsx", "--quiet");

        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var funds = Path.Combine(outDir, "funds.csv");
        Assert.Equal("4000", Field(funds, "fund_value"));
        Assert.Equal("sum-of-rows-stated-not-positive", Field(funds, "fund_value_basis"));
        Assert.Equal("0.25", Field(funds, "flagged_weight"));
        Assert.Equal("0.25", Field(Path.Combine(outDir, "matches.csv"), "weight"));
        Assert.Contains("\"fundValueBasis\": \"sum-of-rows-stated-not-positive\"", File.ReadAllText(Path.Combine(outDir, "exposure-report.json")));
        Assert.Contains(WorkbookTexts(Path.Combine(outDir, "exposure-report.xlsx")),
            t => t.StartsWith("sum of rows (the file states net assets of zero or less", StringComparison.Ordinal));
    }

    // 21. Control characters from input in error lines

    [Fact]
    public void Control_characters_from_a_file_are_shown_escaped_in_the_error_line()
    {
        using var temp = new TempFolder();
        var input = temp.File("h.csv", "Foo\u001b[31m,Bar\u0007\u001b]0;title\u0007\n1,2\n");
        var r = CliRunner.Run("report", "--holdings", input, "--out", Path.Combine(temp.Path, "out"));

        AssertOneLineError(r, $"error: {input}: no header row found");
        Assert.EndsWith("the first line reads 'Foo\\x1b[31m,Bar\\x07\\x1b]0;title\\x07'", r.Error.TrimEnd());
        Assert.DoesNotContain(r.Error, c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public void Control_characters_in_a_file_name_are_shown_escaped()
    {
        using var temp = new TempFolder();
        var name = Path.Combine(temp.Path, "a\u001b[2Jb\u0000c.csv");
        var r = CliRunner.Run("report", "--holdings", name, "--out", Path.Combine(temp.Path, "out"));

        AssertOneLineError(r, $"error: {temp.Path}{Path.DirectorySeparatorChar}a\\x1b[2Jb\\x00c.csv: file not found");
        Assert.DoesNotContain(r.Error, c => char.IsControl(c) && c != '\n');
    }

    // 22. Broken list files

    [Theory]
    [InlineData("companies.csv", null, "x,y\n", "the row has 2 fields where the header has 10")]
    [InlineData("names.csv", null, "hikvision,\"Unclosed,short,\n", "a quote opened in this row is never closed")]
    [InlineData("allegations.csv", "self,surveillance,US Commerce Entity List,2019-10-09", "self,genocide,US Commerce Entity List,2019-10-09",
        "'genocide' is not a valid category (one of forced-labour, labour-transfer, surveillance, internment-construction, sanctioned, export-control, not-stated)")]
    [InlineData("allegations.csv", "self,surveillance,US Commerce Entity List,2019-10-09", "self,surveillance,US Commerce Entity List,2022-13-45",
        "date '2022-13-45' is not a date written YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("identifier_sources.csv", "StockAnalysis,2026-02", "StockAnalysis,2026-02-30", "date '2026-02-30' is not a date written YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("companies.csv", "TW0002317005,,,parent-of-named", "TW0002317005,,foxconn-industrial-internet,parent-of-named",
        "parents form a loop: foxconn-industrial-internet > hon-hai > foxconn-industrial-internet")]
    [InlineData("exchanges.csv", null, "XSHG,Shanghai again,CN,pad6\n", "MIC 'XSHG' is defined twice (first on line 2)")]
    [InlineData("exchanges.csv", null, "=1+2,Formula Exchange,CN,upper\n", "mic '=1+2' is not an ISO 10383 MIC (four letters or digits, such as XSHG)")]
    [InlineData("exchange_aliases.csv", null, "Shanghai Stock Exchange,XSHE\n", "alias 'Shanghai Stock Exchange' is given to both XSHG")]
    public void A_broken_list_file_stops_the_run_with_one_line_naming_file_line_and_reason(string file, string? find, string replace, string problem)
    {
        using var temp = new TempFolder();
        var reference = CopyOfReferenceData(temp);
        var path = Path.Combine(reference, file);
        var text = File.ReadAllText(path);
        if (find is null) text += replace;
        else
        {
            Assert.Contains(find, text);
            var at = text.IndexOf(find, StringComparison.Ordinal);
            text = text[..at] + replace + text[(at + find.Length)..];
        }
        File.WriteAllText(path, text);

        var r = CliRunner.Run("report", "--reference", reference, "--out", Path.Combine(temp.Path, "out"));
        AssertOneLineError(r, $"error: {path}, line ");
        Assert.Contains(problem, r.Error);
    }

    [Fact]
    public void A_version_file_that_is_not_a_short_line_of_text_is_refused()
    {
        using var temp = new TempFolder();
        var reference = CopyOfReferenceData(temp);
        var junk = new byte[3 << 20];
        new Random(7).NextBytes(junk);
        File.WriteAllBytes(Path.Combine(reference, "VERSION"), junk);

        var r = CliRunner.Run("report", "--reference", reference, "--out", Path.Combine(temp.Path, "out"));
        AssertOneLineError(r, $"error: {Path.GetFileName(reference)}/VERSION: larger than 1 KiB, more than a list's VERSION file can be");

        File.WriteAllText(Path.Combine(reference, "VERSION"), "2026.12.04\u001b[2J and then a great deal more text than any version\n");
        r = CliRunner.Run("report", "--reference", reference, "--out", Path.Combine(temp.Path, "out"));
        AssertOneLineError(r, $"error: {Path.Combine(reference, "VERSION")}, line 1: not a version");
    }

    // 24. Reads without end; a bare CR in rejected.csv

    [SkippableFact]
    public void A_mapping_file_that_never_ends_stops_at_its_limit()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");
        using var temp = new TempFolder();
        var input = temp.File("h.csv", "Name,ISIN\nA,US0378331005\n");
        var r = RunBounded("report", "--holdings", input, "--mapping", "/dev/zero", "--out", Path.Combine(temp.Path, "out"));
        AssertOneLineError(r, "error: /dev/zero: larger than 1 MiB, more than a mapping file can be");
    }

    [SkippableFact]
    public void A_decisions_file_that_never_ends_stops_with_one_line()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");
        using var temp = new TempFolder();
        var r = RunBounded("report", "--decisions", "/dev/zero", "--out", Path.Combine(temp.Path, "out"));
        AssertOneLineError(r, "error: /dev/zero: larger than 64 MiB, more than a review decisions file can be");
    }

    [SkippableFact]
    public void A_list_file_that_never_ends_stops_with_one_line()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");
        using var temp = new TempFolder();
        var reference = CopyOfReferenceData(temp);
        File.Delete(Path.Combine(reference, "names.csv"));
        File.CreateSymbolicLink(Path.Combine(reference, "names.csv"), "/dev/zero");
        var r = RunBounded("report", "--reference", reference, "--out", Path.Combine(temp.Path, "out"));
        AssertOneLineError(r, $"error: {Path.Combine(reference, "names.csv")}, line 1: ");
    }

    [Fact]
    public void A_list_file_past_its_limit_is_refused_before_it_is_read()
    {
        using var temp = new TempFolder();
        var reference = CopyOfReferenceData(temp);
        using (var huge = File.OpenWrite(Path.Combine(reference, "identifier_sources.csv"))) huge.SetLength((256L << 20) + 1);
        var r = RunBounded("report", "--reference", reference, "--out", Path.Combine(temp.Path, "out"));
        AssertOneLineError(r, $"error: {Path.GetFileName(reference)}/identifier_sources.csv: larger than 256 MiB, more than a list file can be");
    }

    [SkippableFact]
    public void An_exchange_rates_file_that_never_ends_stops_with_one_line()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");
        using var temp = new TempFolder();
        temp.File("fund.csv", "Name,ISIN,Market Value,Currency\nA,US0378331005,100,USD\n");
        var portfolio = temp.File("scheme.json", """
            { "title": "Scheme", "reportCurrency": "GBP", "fxRates": "/dev/zero",
              "holdings": [ { "id": "f", "file": "fund.csv", "amount": 100, "currency": "USD" } ] }
            """);
        var r = RunBounded("report", "--portfolio", portfolio, "--out", Path.Combine(temp.Path, "out"));
        AssertOneLineError(r, "error: /dev/zero: larger than 16 MiB: not an exchange-rates file");
    }

    [Theory]
    [InlineData("h.csv")]
    [InlineData("primary_doc.xml")]
    public void A_bare_carriage_return_in_an_unreadable_value_stays_inside_its_quoted_cell(string name)
    {
        using var temp = new TempFolder();
        var input = temp.File(name, name.EndsWith(".csv", StringComparison.Ordinal)
            ? "Name,ISIN,Market Value\nA,US0378331005,100\nB,US5949181045,\"12\r=1+1\"\n"
            : Filings.Nport("1000", ("A", "US0378331005", "100"), ("B", "US5949181045", "12&#13;=1+1")));
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir, "--format", "csv", "--quiet");

        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        // The value cannot be read: the row is screened with its value unknown, and the reason quotes the value.
        var unmatched = File.ReadAllText(Path.Combine(outDir, "unmatched.csv"));
        Assert.Contains('\r', unmatched);
        // Read as a spreadsheet reads it, where a bare CR ends a row unless it is inside quotes: no cell may start a formula.
        var cells = SpreadsheetCells(unmatched);
        Assert.Equal(3, cells.Count);
        Assert.DoesNotContain(cells.SelectMany(c => c), c => c.StartsWith('='));
    }

    // 25. Deep XML, a MIC defined twice, formulas in a list's own names

    [Fact]
    public void Fifty_megabytes_of_unclosed_nesting_stop_at_once_with_a_short_line()
    {
        using var temp = new TempFolder();
        var head = Filings.Nport("1000", ("HIKVISION", Hikvision, "1000"));
        head = head[..head.IndexOf("<invstOrSecs>", StringComparison.Ordinal)];
        var path = Path.Combine(temp.Path, "primary_doc.xml");
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            file.Write(head);
            var nest = string.Concat(Enumerable.Repeat("<a>", 10_000));
            for (var i = 0; i < 50 * 1024 * 1024 / nest.Length; i++) file.Write(nest);
        }
        var before = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var r = RunBounded("report", "--holdings", path, "--out", Path.Combine(temp.Path, "out"));

        AssertOneLineError(r, $"error: {path}, line {head.Count(c => c == '\n') + 1}: elements are nested more than 64 deep");
        Assert.True(r.Error.Length < 300, $"{r.Error.Length} characters");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.True(GC.GetTotalAllocatedBytes() - before < 200L << 20, $"{(GC.GetTotalAllocatedBytes() - before) >> 20} MiB allocated");
    }

    [Fact]
    public void Formula_like_text_in_a_lists_own_names_stays_text_in_every_spreadsheet_output()
    {
        using var temp = new TempFolder();
        var reference = CopyOfReferenceData(temp);
        var companies = Path.Combine(reference, "companies.csv");
        var text = File.ReadAllText(companies);
        const string find = "hikvision,\"Hangzhou Hikvision Digital Technology Co., Ltd.\",";
        Assert.Contains(find, text);
        File.WriteAllText(companies, text.Replace(find, "hikvision,\"Hik\r+cmd|' /C calc'!A0\",", StringComparison.Ordinal));
        var names = Path.Combine(reference, "names.csv");
        File.AppendAllText(names, "zte,\"+cmd|' /C calc'!A0\",short,\n");
        var input = temp.File("h.csv", $"Name,ISIN,Market Value\nHIKVISION A,{Hikvision},100\n\"+cmd|' /C calc'!A0\",,50\nOTHER,US0378331005,50\n");
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", input, "--reference", reference, "--out", outDir, "--format", "csv,xlsx", "--quiet");

        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        foreach (var csv in new[] { "matches.csv", "review-candidates.csv", "funds.csv" })
        {
            var cells = SpreadsheetCells(File.ReadAllText(Path.Combine(outDir, csv)));
            Assert.DoesNotContain(cells.SelectMany(c => c), c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@');
        }
        Assert.Contains("\"Hik\r+cmd|' /C calc'!A0\"", File.ReadAllText(Path.Combine(outDir, "matches.csv")));

        using var workbook = SpreadsheetDocument.Open(Path.Combine(outDir, "exposure-report.xlsx"), false);
        var formats = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var shared = workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var formulaLike = 0;
        foreach (var sheet in workbook.WorkbookPart.WorksheetParts)
            foreach (var cell in sheet.Worksheet.Descendants<Cell>())
            {
                var value = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : null;
                if (value is null || value.Length == 0 || value[0] is not ('=' or '+' or '-' or '@')) continue;
                formulaLike++;
                Assert.Null(cell.CellFormula);
                Assert.True(formats[(int)(cell.StyleIndex?.Value ?? 0)].QuotePrefix?.Value == true, $"'{value}' in {sheet.Uri} is not marked as text");
            }
        Assert.True(formulaLike > 0);
    }

    // Helpers

    private static void AssertOneLineError(CliResult r, string start)
    {
        Assert.True(r.ExitCode == ExitCodes.BadInput, $"exit {r.ExitCode}: {r.Error}");
        Assert.StartsWith(start, r.Error);
        Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", r.Error);
    }

    /// <summary>Runs the command line, failing the test if it has not ended within a minute (a read without end).</summary>
    private static CliResult RunBounded(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(TimeSpan.FromMinutes(1)), "the run did not end within a minute");
        return run.Result;
    }

    private static string CopyOfReferenceData(TempFolder temp)
    {
        var reference = Path.Combine(temp.Path, "ref");
        Directory.CreateDirectory(reference);
        foreach (var f in Directory.GetFiles(RepoPaths.ReferenceData)) File.Copy(f, Path.Combine(reference, Path.GetFileName(f)));
        return reference;
    }

    /// <summary>A column of the first data row of a CSV file written by the tool (no quoted line breaks in it).</summary>
    private static string Field(string csvPath, string column)
    {
        var rows = SpreadsheetCells(File.ReadAllText(csvPath));
        return rows[1][rows[0].IndexOf(column)];
    }

    /// <summary>CSV cells as a spreadsheet reads them: quotes group, and outside quotes CR, LF and CR LF each end a row.</summary>
    private static List<List<string>> SpreadsheetCells(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        return rows;
    }

    private static List<string> WorkbookTexts(string path)
    {
        using var workbook = SpreadsheetDocument.Open(path, false);
        var shared = workbook.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. shared, .. workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<InlineString>()).Select(s => s.InnerText)];
    }
}
