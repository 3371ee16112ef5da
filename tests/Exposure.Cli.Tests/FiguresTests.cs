using System.Text.Json;
using Exposure.Core.Reporting;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// The figures a board can repeat, through the command line on small files: a value not found is unknown, never 0; a
/// file's own weights win; an unreadable value hides no exposure; dates are said where figures are shown.
/// </summary>
public sealed class FiguresTests
{
    private static (CliResult Result, ReportTexts Texts, JsonElement Json) Report(TempFolder temp, params string[] args)
    {
        var outDir = Path.Combine(temp.Path, "out");
        var result = CliRunner.Run(["report", .. args, "--out", outDir]);
        Assert.True(result.ExitCode == 0, result.Error);
        var texts = ReportTexts.Read(outDir, result.Output);
        return (result, texts, JsonDocument.Parse(texts.Json).RootElement.Clone());
    }

    private static string Csv(TempFolder temp, string name) => File.ReadAllText(Path.Combine(temp.Path, "out", name));

    [SkippableFact]
    public void A_value_header_with_its_currency_and_percent_of_fund_are_read_and_one_fund_needs_no_currency_column()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("gbp.csv", FigureFixtures.MktValGbp));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(10_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("GBP", fund.GetProperty("currency").GetString());
        Assert.Equal(0.025m, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Equal(250_000m, json.GetProperty("summary").GetProperty("flaggedValue").GetDecimal());
        Assert.Contains("GBP 10,000,000", texts.Terminal);
        Assert.Contains("2.500%", texts.Pdf);
        foreach (var (output, text) in texts.ByOutput)
            Assert.False(text.Contains("different currencies", StringComparison.Ordinal), $"{output} says the funds report in different currencies");
    }

    [Fact]
    public void A_file_with_no_value_or_weight_column_stops_with_one_line_naming_the_columns_seen_and_looked_for()
    {
        using var temp = new TempFolder();
        var input = temp.File("odd.csv", FigureFixtures.NoValueColumn);
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", input, "--out", outDir);

        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        var line = Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: {input}, line 1: no market value or weight column found: the header has 'Security Description', 'ISIN Code', 'Holding Amt'", line);
        Assert.Contains("'market value'", line);
        Assert.Contains("'% of fund'", line);
        Assert.Contains("--mapping", line);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [SkippableFact]
    public void A_value_the_file_does_not_give_is_unknown_in_every_output_never_0()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("weights.csv", FigureFixtures.WeightsWithoutValues));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("fundValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("flaggedValue").ValueKind);
        Assert.Equal("unknown", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(0.025m, fund.GetProperty("flaggedWeight").GetDecimal()); // the file's own weight
        Assert.Equal(JsonValueKind.Null, json.GetProperty("summary").GetProperty("fundValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("summary").GetProperty("valueScreened").ValueKind);

        var funds = Csv(temp, "funds.csv").Split('\n');
        var header = funds[0].TrimStart('\uFEFF').Split(',');
        Assert.Equal("", funds[1].Split(',')[Array.IndexOf(header, "fund_value")]);
        var matches = Csv(temp, "matches.csv").Split('\n');
        Assert.Equal("", matches[1].Split(',')[Array.IndexOf(matches[0].TrimStart('\uFEFF').Split(','), "market_value")]);

        Assert.Contains("│    unknown │       unknown │         2.500% │", texts.Terminal);
        Assert.Contains("unknown", texts.Pdf);
        Assert.Contains("unknown", texts.Html);
        Assert.Contains("unknown", texts.Xlsx);
        Assert.Contains("Fund value, the base of the shares unknown", texts.Flat("pdf"));
        Assert.DoesNotContain("GBP 0", texts.Terminal);
        Assert.Contains("the file gives no market value that could be read", texts.Terminal);
    }

    [SkippableFact]
    public void A_partial_file_is_headlined_on_its_own_weights_and_the_disagreement_is_said_where_the_figure_is_shown()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("partial.csv", FigureFixtures.PartialExtract));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(0.0125m, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Equal(40_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("implied-by-weights", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(0.0125m, json.GetProperty("summary").GetProperty("flaggedShare").GetDecimal());
        var warning = Assert.Single(json.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "weights-disagree");
        var text = warning.GetProperty("text").GetString()!;
        Assert.Contains("add up to 22.55%, so it lists part of the fund", text);
        Assert.Contains("5.543% instead of 1.250%", text);

        Assert.Contains("1.250% of the fund value, USD 40,000,000", texts.Flat("terminal"));
        Assert.Contains("Note: partial: the file's weights add up to 22.55%", texts.Flat("terminal"));
        var pdf = texts.Flat("pdf");
        var executive = pdf[pdf.IndexOf("Executive summary 1 fund", StringComparison.Ordinal)..pdf.IndexOf("Key findings", StringComparison.Ordinal)];
        Assert.Contains("22.55%", executive);
        Assert.Contains("1.250%", executive);
        Assert.DoesNotContain("5.543% of", executive);
        Assert.Contains("add up to 22.55%", texts.Flat("html"));
        Assert.Contains("add up to 22.55%", texts.Flat("xlsx"));
    }

    [SkippableFact]
    public void Funds_one_of_which_states_no_currency_are_said_to_be_so_not_to_report_in_different_currencies()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp,
            "--holdings", temp.File("a.csv", "Name,Ticker,Market Value,Weight (%)\nZIJIN MINING GROUP CO LTD H,2899,1000,10\nAPPLE INC,AAPL,9000,90\n"),
            "--holdings", temp.File("b.csv", "Name,Ticker,Market Value,Weight (%)\nZTE CORP H,763,500,5\nAPPLE INC,AAPL,9500,95\n"));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("summary").GetProperty("currency").ValueKind);
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains("a fund's file states no currency, and values whose currency is not known are not compared", text);
            Assert.Contains("A fund's file states no currency, so the funds' flagged weights are compared, not their values.", text);
            Assert.DoesNotContain("different currencies", text);
        }
    }

    [SkippableFact]
    public void A_partial_file_whose_named_holding_has_no_readable_value_says_its_flagged_weight_is_unknown_on_either_base()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("partial.csv",
            "Name,Ticker,Market Value,Weight (%)\nZIJIN MINING GROUP CO LTD H,2899,12x4,1.5\nAPPLE INC,AAPL,\"1,000.00\",2\n"));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal("implied-by-weights", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("flaggedWeight").ValueKind);
        var warning = Assert.Single(json.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "weights-disagree");
        var text = warning.GetProperty("text").GetString()!;
        Assert.Contains("the flagged weight is unknown on either, as no value held in a named company could be read", text);
        Assert.DoesNotContain("instead of", text);
        Assert.DoesNotContain("instead of unknown", texts.Flat("terminal"));
    }

    [SkippableFact]
    public void Values_written_with_symbols_decimal_commas_or_suffixes_are_read_and_an_unreadable_one_hides_no_exposure()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("hard.csv", FigureFixtures.ValuesHardToRead));

        var findings = json.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("companyId").GetString()!, f => f.GetProperty("value"));
        Assert.Equal(830_000m, findings["hikvision"].GetDecimal());
        Assert.Equal(1_250_000m, findings["zte"].GetDecimal());
        Assert.Equal(640_000m, findings["longi"].GetDecimal());
        Assert.Equal(JsonValueKind.Null, findings["meiya-pico"].ValueKind);
        Assert.Equal(0, json.GetProperty("summary").GetProperty("lines").GetProperty("rejected").GetInt32());
        Assert.Equal(4, json.GetProperty("summary").GetProperty("companiesFlagged").GetInt32());
        Assert.Equal("GBP", json.GetProperty("funds")[0].GetProperty("currency").GetString());

        const string said = "1 holding in a named company has a value that could not be read";
        foreach (var output in new[] { "terminal", "pdf", "html", "xlsx", "json" })
            Assert.Contains(said, texts.Flat(output));
        Assert.Contains("4 named companies", texts.Terminal);
        var meiya = Csv(temp, "matches.csv").Split('\n').Single(l => l.Contains("meiya-pico", StringComparison.Ordinal));
        Assert.Contains(",,", meiya); // the market value cell is empty
        Assert.Contains("Market Value '12x4' is not a number", meiya);
    }

    [SkippableFact]
    public void Where_values_could_not_be_read_but_no_line_was_rejected_the_rejected_section_does_not_say_every_line_could_be_read()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("nothing.csv", FigureFixtures.NothingReadable));
        var notReadable = json.GetProperty("summary").GetProperty("valuesUnknown").GetProperty("notReadable").GetInt32();
        Assert.True(notReadable > 1, $"{notReadable} values not read");
        Assert.Single(Csv(temp, "rejected.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var said = $"No line was rejected: every line that looked like a holding was kept, though {notReadable} values on those lines could not be read and are unknown.";
        foreach (var output in new[] { "pdf", "html" })
        {
            Assert.Contains(said, texts.Flat(output));
            Assert.DoesNotContain("could be read.", texts.Flat(output));
        }

        using var clean = new TempFolder();
        var (_, read, _) = Report(clean, "--holdings", clean.File("plain.csv", "Name,ISIN,Market Value\nApple Inc,US0378331005,100\n"));
        foreach (var output in new[] { "pdf", "html" })
            Assert.Contains("No line was rejected: every line that looked like a holding could be read.", read.Flat(output));
    }

    [SkippableFact]
    public void A_file_with_no_value_or_weight_that_can_be_read_says_so_beside_the_figures_and_claims_no_zero()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("nothing.csv", FigureFixtures.NothingReadable));

        var summary = json.GetProperty("summary");
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("flaggedValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("funds")[0].GetProperty("flaggedWeight").ValueKind);
        Assert.Equal(2, summary.GetProperty("companiesFlagged").GetInt32());
        // Beside the file's name and date, which the file does not state, one warning about its values.
        var warning = Assert.Single(summary.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() is not ("date-unknown" or "name-from-file"));
        Assert.Equal("no-values", warning.GetProperty("code").GetString());

        const string said = "the file gives no net assets and no market value or weight that could be read (3 holdings with their values unknown)";
        foreach (var output in new[] { "terminal", "pdf", "html", "xlsx", "json" })
            Assert.Contains(said, texts.Flat(output));
        var pdf = texts.Flat("pdf");
        var executive = pdf[pdf.IndexOf("Executive summary 1 fund", StringComparison.Ordinal)..pdf.IndexOf("Key findings", StringComparison.Ordinal)];
        Assert.Contains(said, executive);
        Assert.Contains("Its flagged weight is unknown", executive);
        Assert.DoesNotContain("No fund has a flagged weight above zero", pdf);
        Assert.Contains("(its share of the fund unknown)", pdf);
        using var narrow = new TempFolder();
        var at80 = CliRunner.RunAt(80, ["report", "--holdings", narrow.File("nothing.csv", FigureFixtures.NothingReadable), "--out", narrow.Path, "--format", "json"]);
        Assert.Contains("flagged value unknown, its share of the fund unknown", at80.Output);
        Assert.DoesNotContain("different currencies", pdf);
        Assert.Contains("No chart: the value held in each of the 2 named companies is unknown", pdf);
        Assert.Contains("no chart, because the value held in each of the 2 named companies is unknown", texts.Flat("html"));

        using var two = new TempFolder();
        var (_, both, _) = Report(two, "--holdings", two.File("hard.csv", FigureFixtures.ValuesHardToRead), two.File("nothing.csv", FigureFixtures.NothingReadable));
        var bothPdf = both.Flat("pdf");
        Assert.Contains("Largest known flagged weight:", bothPdf);
        Assert.Contains("1 fund's flagged weight is unknown: no value or weight in its file could be read", bothPdf);
    }

    [SkippableFact]
    public void A_file_that_states_neither_its_date_nor_its_fund_s_name_says_so_beside_the_figures_in_every_output_and_how_to_give_them()
    {
        using var temp = new TempFolder();
        // Zijin Mining is listed in 2024 and 2025: with no date for the holdings, no allegation can be said to be later.
        var file = temp.File("EEM_holdings.csv", string.Join('\n', FigureFixtures.World2022.Split('\n').Skip(2)));
        var (_, texts, json) = Report(temp, "--holdings", file);

        var codes = json.GetProperty("summary").GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Equal(["date-unknown", "name-from-file"], codes);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("funds")[0].GetProperty("asOf").ValueKind);
        foreach (var output in new[] { "terminal", "pdf", "html", "xlsx", "json" })
        {
            Assert.Contains("EEM_holdings: the date of the holdings is unknown, as the file does not state it, so allegations dated after the holdings could not be told apart", texts.Flat(output));
            Assert.Contains("Give the date with --as-of", texts.Flat(output));
            Assert.Contains("EEM_holdings: the fund's name is taken from its file name, as the file does not state one. Give the name with --fund-name.", texts.Flat(output));
        }

        var pdf = texts.Flat("pdf");
        var executive = pdf[pdf.IndexOf("Executive summary 1 fund", StringComparison.Ordinal)..pdf.IndexOf("Key findings", StringComparison.Ordinal)];
        Assert.Contains("Read these figures with this.", executive);
        Assert.Contains("the date of the holdings is unknown", executive);

        using var given = new TempFolder();
        var (_, _, givenJson) = Report(given, "--holdings", given.File("EEM_holdings.csv", string.Join('\n', FigureFixtures.World2022.Split('\n').Skip(2))),
            "--as-of", "2022-03-10", "--fund-name", "Example World Fund");
        Assert.DoesNotContain(givenJson.GetProperty("summary").GetProperty("warnings").EnumerateArray(),
            w => w.GetProperty("code").GetString() is "date-unknown" or "name-from-file");
        Assert.Contains(givenJson.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "allegations-after-holdings");
    }

    [SkippableFact]
    public void An_allegation_later_than_the_holdings_is_said_where_the_company_is_shown_and_the_list_can_be_taken_as_it_stood()
    {
        using var temp = new TempFolder();
        var world = temp.File("world.csv", FigureFixtures.World2022);
        var (_, texts, json) = Report(temp, "--holdings", world);

        const string later = "Named in UFLPA Entity List in January 2025; its subsidiary Xinjiang Habahe Ashele Copper Co named in UFLPA Entity List in August 2024; " +
            "its subsidiary Xinjiang Zijin Zinc Industry named in UFLPA Entity List in January 2025; its subsidiary Xinjiang Jinbao Mining named in UFLPA Entity List in January 2025; " +
            "its subsidiary Xinjiang Zijin Nonferrous Metal Co., Ltd. named in UFLPA Entity List in January 2025; these holdings are from March 2022 (2022-03-10)";
        var zijin = json.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "zijin-mining");
        Assert.Equal(later, zijin.GetProperty("laterThanHoldings")[0].GetProperty("text").GetString());
        foreach (var output in new[] { "pdf", "html", "xlsx" })
            Assert.Contains(later, texts.Flat(output));

        using var asOf = new TempFolder();
        var (_, then, thenJson) = Report(asOf, "--holdings", asOf.File("world.csv", FigureFixtures.World2022), "--list-as-of", "2022-03-10");
        Assert.Equal(0, thenJson.GetProperty("summary").GetProperty("companiesFlagged").GetInt32());
        var cut = thenJson.GetProperty("run").GetProperty("listAsOf");
        Assert.Contains("Zijin Mining Group Co., Ltd.", cut.GetProperty("companiesLeftOut").EnumerateArray().Select(c => c.GetString()));
        Assert.True(cut.GetProperty("allegationsLeftOut").GetInt32() > 0);
        Assert.Contains("The list was taken as it stood on 2022-03-10", then.Flat("pdf"));
        Assert.Contains("The list was taken as it stood on 2022-03-10", then.Flat("html"));
        Assert.Contains("Screened against the list as it stood on 2022-03-10", then.Flat("terminal"));
    }

    [SkippableFact]
    public void Where_the_files_own_weights_disagree_with_its_values_the_headline_share_is_of_the_value_it_names()
    {
        using var temp = new TempFolder();
        // Weights that disagree with the values: the named rows' weights (10 + 5) and their known values (250,000 + 50,000)
        // are of different rows, as Meiya's value and Zijin's weight cannot be read.
        var (_, texts, json) = Report(temp, "--holdings", temp.File("odd.csv",
            "Name,ISIN,Market Value,Weight\n" +
            "Hikvision A shares,CNE100000PM8,250000,10\n" +
            "Meiya Pico,CNE100001120,12x4,5\n" +
            "Apple Inc,US0378331005,\"1,000,000\",30\n" +
            "Zijin Mining Group,,50000,2x\n"));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal("file-weights", fund.GetProperty("weightBasis").GetString());
        Assert.Equal(0.15m, fund.GetProperty("flaggedWeight").GetDecimal());
        var summary = json.GetProperty("summary");
        Assert.Equal(300_000m, summary.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal(1_300_000m, summary.GetProperty("fundValue").GetDecimal());
        Assert.Equal(1_300_000m, summary.GetProperty("valueScreened").GetDecimal());
        // One fund, one share: the headline share is the fund's flagged weight, on the file's own weights.
        Assert.Equal(0.15m, summary.GetProperty("flaggedShare").GetDecimal());

        // Zijin's value is known and its weight is not: the finding says why, as it does for Meiya's value.
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        var zijin = findings.Single(f => f.GetProperty("name").GetString() == "Zijin Mining Group");
        Assert.Equal("Weight '2x' is not a number", zijin.GetProperty("weightUnknown").GetString());
        Assert.False(findings.Single(f => f.GetProperty("name").GetString() == "Hikvision A shares").TryGetProperty("weightUnknown", out _));
        Assert.Contains("Weight '2x' is not a number", texts.Flat("xlsx"));

        // Zijin's weight is unknown, so the share is a lower bound; value over value is said beside it. Meiya Pico's value
        // is unknown, so the value is a lower bound too.
        Assert.Contains("Flagged value at least 300,000: at least 15.000% of the fund by the file's own weights, which disagree with its values; " +
            "fund value 1,300,000; the flagged value over the fund value would be 23.077%.", texts.Flat("terminal"));
        Assert.Contains("Weights are the file's own: the flagged weight is 15.000%; on value over fund value it would be 23.077%", texts.Flat("terminal"));
        foreach (var output in new[] { "pdf", "html" })
        {
            Assert.Contains("at least 15.000% of the fund by the file's own weights", texts.Flat(output));
            Assert.DoesNotContain("23.077% of the fund value", texts.Flat(output));
        }
    }

    [SkippableFact]
    public void Funds_some_of_unknown_date_are_counted_by_date_and_a_later_allegation_names_the_holdings_of_its_date()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("world.csv", FigureFixtures.World2022),
            temp.File("undated.csv", FigureFixtures.Trimmed.Replace("ZTE CORP H,763", "ZIJIN MINING GROUP LTD H,2899", StringComparison.Ordinal)));

        Assert.Contains("2 funds: 1 as of 2022-03-10, 1 of unknown date", texts.Flat("terminal"));
        Assert.DoesNotContain("2 funds as of 2022-03-10", texts.Flat("terminal"));
        foreach (var output in new[] { "pdf", "html" })
            Assert.Contains("2 funds: 1 as of 2022-03-10, 1 of unknown date", texts.Flat(output));

        var zijin = json.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "zijin-mining");
        var later = zijin.GetProperty("laterThanHoldings")[0].GetProperty("text").GetString()!;
        Assert.EndsWith("its holdings as of 2022-03-10 are from March 2022, its other holdings of another date or of none known", later);
        Assert.DoesNotContain("these holdings", later);
    }

    [SkippableFact]
    public void A_partial_file_whose_flagged_weight_is_the_same_on_either_base_says_so_once()
    {
        using var temp = new TempFolder();
        var (_, _, json) = Report(temp, "--holdings", temp.File("partial.csv",
            "Name,ISIN,Market Value,Weight\nApple Inc,US0378331005,\"1,000,000\",30\n"), "--format", "json");

        var warning = Assert.Single(json.GetProperty("summary").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "weights-disagree");
        var text = warning.GetProperty("text").GetString()!;
        Assert.Contains("the flagged weight is the same, 0.000%", text);
        Assert.DoesNotContain("instead of", text);
    }

    [SkippableFact]
    public void A_category_whose_value_leaves_out_a_holding_of_unknown_value_says_so_where_it_is_shown()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("world.csv",
            FigureFixtures.World2022.Replace("\"400,000.00\"", "12x4", StringComparison.Ordinal)));

        var categories = json.GetProperty("funds")[0].GetProperty("byCategory").EnumerateArray().ToList();
        Assert.NotEmpty(categories);
        Assert.All(categories, c => Assert.Equal(1, c.GetProperty("valuesUnknown").GetInt32()));
        var first = Wording.Category(categories[0].GetProperty("category").GetString()!);
        foreach (var output in new[] { "pdf", "html" })
        {
            var text = texts.Flat(output);
            Assert.Contains($"In {first}, the value of 1 holding is unknown", text);
            Assert.Contains("category's value ", text);
        }

        using var known = new TempFolder();
        var (_, knownTexts, knownJson) = Report(known, "--holdings", known.File("world.csv", FigureFixtures.World2022));
        Assert.All(knownJson.GetProperty("funds")[0].GetProperty("byCategory").EnumerateArray(), c => Assert.Equal(0, c.GetProperty("valuesUnknown").GetInt32()));
        Assert.DoesNotContain("category's value and weight leave", knownTexts.Flat("pdf"));
    }

    [SkippableFact]
    public void Rejected_lines_imply_no_fund_value_from_the_weights_left_and_no_weight_of_an_unknown_value_is_0()
    {
        using var temp = new TempFolder();
        // The weight the rows lack (70%) may be on the rejected lines: no fund value is implied from the 30% left.
        var (_, _, json) = Report(temp, "--holdings", temp.File("short.csv",
            "Name,ISIN,Market Value,Weight\nApple Inc,US0378331005,\"1,000,000\",30\nHangzhou Hikvision Digital Technology Co Ltd,CNE100000PM8\n"),
            "--format", "json");
        var fund = json.GetProperty("funds")[0];
        Assert.Equal(1, fund.GetProperty("lines").GetProperty("rejected").GetInt32());
        Assert.NotEqual("implied-by-weights", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(1_000_000m, fund.GetProperty("fundValue").GetDecimal());

        // Every line rejected: the fund's value is unknown, and so is its flagged weight, not 0%.
        using var broken = new TempFolder();
        var (_, texts, brokenJson) = Report(broken, "--holdings", broken.File("q2.csv",
            "Name,ISIN,Market Value\n\"Zijin Mining Group Co Ltd,,50000\nTBEA Co Ltd,,6000\n"));
        var q2 = brokenJson.GetProperty("funds")[0];
        Assert.Equal(JsonValueKind.Null, q2.GetProperty("fundValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, q2.GetProperty("flaggedWeight").ValueKind);
        Assert.Equal(JsonValueKind.Null, brokenJson.GetProperty("summary").GetProperty("flaggedShare").ValueKind);
        Assert.DoesNotContain("0.000% of the fund, by the file's own weights", texts.Flat("pdf"));
    }

    [SkippableFact]
    public void Funds_of_different_dates_are_totalled_per_date_and_the_total_is_labelled_with_the_range()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("world.csv", FigureFixtures.World2022), temp.File("emerging.csv", FigureFixtures.Emerging2025));

        var byDate = json.GetProperty("summary").GetProperty("byDate").EnumerateArray().ToList();
        Assert.Equal(["2022-03-10", "2025-01-31"], byDate.Select(d => d.GetProperty("asOf").GetString()));
        Assert.Equal([1_000_000m, 1_000_000m], byDate.Select(d => d.GetProperty("fundValue").GetDecimal()));
        Assert.Equal([400_000m, 100_000m], byDate.Select(d => d.GetProperty("flaggedValue").GetDecimal()));

        const string range = "2022-03-10 to 2025-01-31 (the funds' dates differ)";
        Assert.Contains($"2 funds as of {range}", texts.Flat("terminal"));
        var pdf = texts.Flat("pdf");
        var executive = pdf[pdf.IndexOf("Executive summary 2 funds", StringComparison.Ordinal)..pdf.IndexOf("Key findings", StringComparison.Ordinal)];
        Assert.Contains(range, executive);
        Assert.Contains("The same figures by as-of date", executive);
        Assert.Contains(range, texts.Flat("html"));
        Assert.Contains("As of 2022-03-10", texts.Xlsx);
    }

    [Fact]
    public void Each_file_can_be_given_its_fund_name_date_and_mapping()
    {
        using var temp = new TempFolder();
        var trimmed = temp.File("EEM_holdings_2025-01_trimmed.csv", FigureFixtures.Trimmed);
        var german = temp.File("depot.csv", FigureFixtures.German);
        var mapping = temp.File("depot.json", FigureFixtures.GermanMapping);
        var outDir = Path.Combine(temp.Path, "out");
        var r = CliRunner.Run("report", "--holdings", trimmed, german, "--out", outDir, "--format", "json",
            "--fund-name", "EEM_holdings_2025-01_trimmed.csv=iShares MSCI Emerging Markets ETF", "--as-of", $"{trimmed}=2025-01-31",
            "--fund-name", "depot.csv=Musterdepot", "--as-of", "depot.csv=2024-12-31", "--mapping", $"depot.csv={mapping}");
        Assert.True(r.ExitCode == 0, r.Error);

        var funds = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "exposure-report.json"))).RootElement.GetProperty("funds").EnumerateArray().ToList();
        Assert.Equal(
            [("iShares MSCI Emerging Markets ETF", "command-line", "2025-01-31", "command-line", "CSV with header row", 1_000_000m),
             ("Musterdepot", "command-line", "2024-12-31", "command-line", "CSV read with mapping depot.json", 10_005m)],
            funds.Select(f => (f.GetProperty("name").GetString(), f.GetProperty("nameFrom").GetString(), f.GetProperty("asOf").GetString(),
                f.GetProperty("asOfFrom").GetString(), f.GetProperty("layout").GetString(), f.GetProperty("fundValue").GetDecimal())));
    }

    [Theory]
    [InlineData("--fund-name", "other.csv=Name", "'other.csv' is not one of the --holdings files")]
    [InlineData("--fund-name", "Name", "with several --holdings files, say which file")]
    [InlineData("--sheet", "Holdings", "--sheet Holdings: with several --holdings files, say which file: --sheet FILE=VALUE")]
    [InlineData("--as-of", "a.csv=31/01/2025", "is not a date written yyyy-MM-dd")]
    [InlineData("--list-as-of", "yesterday", "--list-as-of: 'yesterday' is not a date written yyyy-MM-dd")]
    [InlineData("--list-as-of", "2099-01-01", "--list-as-of: 2099-01-01 is after today (")]
    public void A_per_file_option_that_names_no_file_or_no_date_is_a_usage_error(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var a = temp.File("a.csv", FigureFixtures.Trimmed);
        var b = temp.File("b.csv", FigureFixtures.Trimmed);
        var r = CliRunner.Run("report", "--holdings", a, b, option, value, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(message, r.Error);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Help_names_the_per_file_and_date_options()
    {
        var r = CliRunner.Run("report", "--help");
        foreach (var option in new[] { "--fund-name", "--as-of", "--mapping", "[file=]mapping", "--sheet", "--list-as-of", "--show-reviewers" })
            Assert.Contains(option, r.Output);
    }

    [SkippableFact]
    public void Values_in_several_currencies_are_not_added_up_and_the_file_weights_stand_with_the_reason_beside_them()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("mixed.csv",
            "Name,Ticker,Exchange,Currency,Market Value,Weight (%)\nHIKVISION A,002415,Shenzhen,CNY,1000000,40\nAPPLE INC,AAPL,NASDAQ,USD,9000000,60\n"));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("fundValue").ValueKind);
        Assert.Equal("several-currencies", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("flaggedValue").ValueKind);
        Assert.Equal(0.4m, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Equal(["CNY", "USD"], fund.GetProperty("rowCurrencies").EnumerateArray().Select(c => c.GetString()));
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("value").ValueKind);
        Assert.StartsWith("CNY 1,000,000 given", finding.GetProperty("valueUnknown").GetString());
        var summary = json.GetProperty("summary");
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("flaggedValue").ValueKind);
        var warning = Assert.Single(FigureWarnings(json));
        Assert.Equal("several-currencies", warning.GetProperty("code").GetString());

        const string said = "the file gives its values in 2 currencies (CNY, USD) and no rate to convert them";
        foreach (var output in new[] { "terminal", "pdf", "html", "xlsx", "json" })
        {
            Assert.Contains(said, texts.Flat(output));
            Assert.DoesNotContain("10,000,000", texts.Flat(output));
        }
    }

    [SkippableFact]
    public void Several_currencies_whose_weights_agree_with_the_values_added_up_are_read_as_one_and_a_header_currency_names_them()
    {
        using var temp = new TempFolder();
        var (_, texts, json) = Report(temp, "--holdings", temp.File("agree.csv",
            "Name,Ticker,Exchange,Currency,Market Value,Weight (%)\nHIKVISION A,002415,Shenzhen,CNY,1000000,10\nAPPLE INC,AAPL,NASDAQ,USD,9000000,90\n"));
        var fund = json.GetProperty("funds")[0];
        Assert.Equal(10_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal(1_000_000m, fund.GetProperty("flaggedValue").GetDecimal());
        Assert.Equal("currencies-in-one", Assert.Single(FigureWarnings(json)).GetProperty("code").GetString());
        Assert.Contains("its weights agree with its values added up as one", texts.Flat("pdf"));

        using var header = new TempFolder();
        var (_, _, usd) = Report(header, "--holdings", header.File("usd.csv",
            "Name,Ticker,Exchange,Currency,Market Value (USD)\nHIKVISION A,002415,Shenzhen,CNY,1000000\nAPPLE INC,AAPL,NASDAQ,USD,9000000\n"));
        var inUsd = usd.GetProperty("funds")[0];
        Assert.Equal("USD", inUsd.GetProperty("currency").GetString());
        Assert.Equal(10_000_000m, inUsd.GetProperty("fundValue").GetDecimal());
        Assert.False(inUsd.TryGetProperty("rowCurrencies", out _));
        Assert.Empty(FigureWarnings(usd));
    }

    private static JsonElement OneFund(TempFolder temp, string name, string text, out IReadOnlyList<(string Code, string Text)> warnings, out ReportTexts texts)
    {
        var (_, read, json) = Report(temp, "--holdings", temp.File(name, text));
        texts = read;
        warnings = FigureWarnings(json).Select(w => (w.GetProperty("code").GetString()!, w.GetProperty("text").GetString()!)).ToList();
        return json.GetProperty("funds")[0];
    }

    /// <summary>The warnings about figures: those about a file that states no date or name (date-unknown, name-from-file) are left out.</summary>
    private static IEnumerable<JsonElement> FigureWarnings(JsonElement json) =>
        json.GetProperty("summary").GetProperty("warnings").EnumerateArray()
            .Where(w => w.GetProperty("code").GetString() is not ("date-unknown" or "name-from-file"));

    private const string Rows = "Name,Ticker,Exchange,Market Value,Currency\nZIJIN MINING GROUP LTD H,2899,Hong Kong Exchanges And Clearing Ltd,3000000,USD\nAPPLE INC,AAPL,NASDAQ,7000000,USD\n";

    [SkippableFact]
    public void Net_assets_in_millions_by_their_label_are_read_in_millions()
    {
        using var temp = new TempFolder();
        var fund = OneFund(temp, "mn.csv", "Fund Name,Unit Fund\nNet Assets (USD mn),\"10\"\n\n" + Rows, out var warnings, out _);
        Assert.Equal(10_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("stated-net-assets", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(0.3m, fund.GetProperty("flaggedWeight").GetDecimal());
        Assert.Empty(warnings);
    }

    [SkippableFact]
    public void Net_assets_a_hundredth_of_the_rows_or_in_another_currency_are_set_aside_with_the_reason_beside_the_figures()
    {
        using var units = new TempFolder();
        var fund = OneFund(units, "units.csv", "Fund Name,Unit Fund\nNet Assets,\"10\"\n\n" + Rows, out var warnings, out var texts);
        Assert.Equal(10_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("sum-of-rows-stated-set-aside", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal(10m, fund.GetProperty("statedNetAssets").GetDecimal());
        Assert.Equal(0.3m, fund.GetProperty("flaggedWeight").GetDecimal());
        var (code, text) = Assert.Single(warnings);
        Assert.Equal("net-assets-set-aside", code);
        Assert.Contains("a hundredth or less of what the rows add up to (USD 10,000,000)", text);
        foreach (var output in new[] { "terminal", "pdf", "html", "xlsx" })
            Assert.Contains("the file states net assets of 10, but they are a hundredth or less", texts.Flat(output));

        using var euro = new TempFolder();
        fund = OneFund(euro, "eur.csv", "Fund Name,EUR Fund\nNet Assets,\"EUR 5,000,000\"\n\n" + Rows, out warnings, out _);
        Assert.Equal(10_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Contains("they are in EUR, and the rows' values in USD", Assert.Single(warnings).Text);
    }

    [SkippableFact]
    public void Rows_adding_up_to_more_than_the_stated_net_assets_are_said_beside_the_weight_with_the_other_base()
    {
        using var temp = new TempFolder();
        var fund = OneFund(temp, "over.csv", "Fund Name,Over Fund\nNet Assets,\"5,000,000\"\n\n" + Rows, out var warnings, out _);
        Assert.Equal(5_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal(0.6m, fund.GetProperty("flaggedWeight").GetDecimal());
        var (code, text) = Assert.Single(warnings);
        Assert.Equal("net-assets-disagree", code);
        Assert.Contains("its rows add up to USD 10,000,000, 200% of the net assets it states (USD 5,000,000)", text);
        Assert.Contains("on the sum of its rows it would be 30.000%", text);
    }

    [SkippableFact]
    public void Weights_adding_up_to_more_than_ten_funds_are_not_used_and_no_fund_value_is_implied_from_them()
    {
        using var temp = new TempFolder();
        // The value and weight columns the wrong way round: "weights" of millions, "values" that are percentages.
        var fund = OneFund(temp, "swapped.csv",
            "Name,Ticker,Exchange,Market Value,Weight\nZIJIN MINING GROUP LTD H,2899,Hong Kong Exchanges And Clearing Ltd,10,3000000\nAPPLE INC,AAPL,NASDAQ,90,7000000.5\n",
            out var warnings, out _);
        Assert.Equal(100m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal("sum-of-rows", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal("value-over-fund-value", fund.GetProperty("weightBasis").GetString());
        Assert.Equal(0.1m, fund.GetProperty("flaggedWeight").GetDecimal());
        var (code, text) = Assert.Single(warnings);
        Assert.Equal("weights-not-shares", code);
        Assert.Contains("the file's weights add up to 10000000.5%", text);
    }

    [SkippableFact]
    public void Values_in_several_currencies_beside_weights_that_are_not_shares_of_the_fund_leave_the_weights_unknown()
    {
        using var temp = new TempFolder();
        // Weights of millions cannot show the values to be in one currency, nor stand in for them.
        var fund = OneFund(temp, "mixed-swapped.csv",
            "Name,Ticker,Exchange,Currency,Market Value,Weight\nZIJIN MINING GROUP LTD H,2899,Hong Kong Exchanges And Clearing Ltd,HKD,10,3000000\nAPPLE INC,AAPL,NASDAQ,USD,90,7000000\n",
            out var warnings, out _);
        Assert.Equal("several-currencies", fund.GetProperty("fundValueBasis").GetString());
        Assert.Equal("value-over-fund-value", fund.GetProperty("weightBasis").GetString());
        Assert.Equal(JsonValueKind.Null, fund.GetProperty("flaggedWeight").ValueKind);
        Assert.Equal(["several-currencies", "weights-not-shares"], warnings.Select(w => w.Code).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [InlineData("-5000000", "-5,000,000")]
    [InlineData("0", "0")]
    public void A_filing_s_net_assets_of_zero_or_less_are_set_aside_with_the_reason_beside_the_figures_in_every_output(string netAssets, string written)
    {
        using var temp = new TempFolder();
        var filing = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "shorts", "nport-long-short.xml"))
            .Replace("<netAssets>10000000.00</netAssets>", $"<netAssets>{netAssets}</netAssets>", StringComparison.Ordinal);
        var (_, texts, json) = Report(temp, "--holdings", temp.File("filing.xml", filing));

        var fund = json.GetProperty("funds")[0];
        Assert.Equal("sum-of-rows-stated-not-positive", fund.GetProperty("fundValueBasis").GetString());
        // 3,000,000 - 2,000,000 (the short) + 9,000,000.
        Assert.Equal(10_000_000m, fund.GetProperty("fundValue").GetDecimal());
        Assert.Equal(0.3m, fund.GetProperty("flaggedWeight").GetDecimal());
        var note = $"N1 Long Short Fund: the file states net assets of {written}, which cannot be what its weights are shares of. The fund value is the sum of its rows (USD 10,000,000).";
        Assert.Contains(FigureWarnings(json), w => w.GetProperty("code").GetString() == "net-assets-set-aside" && w.GetProperty("text").GetString() == note);
        foreach (var output in new[] { "terminal", "pdf", "html", "xlsx" })
            Assert.True(texts.Flat(output).Contains(note, StringComparison.Ordinal), $"{output} does not say: {note}");
        Assert.Contains("sum-of-rows-stated-not-positive", texts.ByOutput["funds.csv"], StringComparison.Ordinal);
    }
}
