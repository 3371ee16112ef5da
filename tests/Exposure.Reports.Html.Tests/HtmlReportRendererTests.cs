using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Exposure.Core.Inputs;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Exposure.TestSupport;

namespace Exposure.Reports.Html.Tests;

/// <summary>The page's markup, read back with an HTML parser: structure, figures, links, languages, encoding, and same model, same bytes.</summary>
public sealed class HtmlReportRendererTests
{
    private static readonly string[] FundSections =
        ["executive-summary", "charts", "summary", "funds", "companies", "matches", "review", "rejected", "methodology", "disclaimer"];

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Render(ExposureReport report)
    {
        using var stream = new MemoryStream();
        new HtmlReportRenderer().Render(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_fund_with_nothing_awaiting_review_reads_none_in_the_funds_table_as_in_the_workbook()
    {
        var read = new List<(FundExposure Fund, string Text, string? Value)>();
        foreach (var run in new[] { SampleRuns.Bundled, SampleRuns.Scheme })
        {
            var funds = run.Report.Funds;
            var cells = Parse(run.Html).QuerySelectorAll("#funds table")[0].QuerySelectorAll("data[data-figure$='.reviewValue']");
            Assert.Equal(funds.Count, cells.Length);
            foreach (var cell in cells)
            {
                var path = cell.GetAttribute("data-figure")!;
                read.Add((funds[int.Parse(path["funds[".Length..path.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture)], cell.TextContent, cell.GetAttribute("value")));
            }
        }

        // Nothing awaits review: "none", its value 0 for machines; a constituent list's values are not money and read so.
        var none = read.Where(r => r.Fund.Lines.NeedsReview == 0 && r.Fund.ReviewValue is not null).ToList();
        Assert.NotEmpty(none);
        Assert.All(none, r => Assert.Equal(("none", "0"), (r.Text, r.Value)));
        Assert.All(read.Where(r => r.Fund.ReviewValue is null), r => Assert.Equal(Wording.MissingValue(r.Fund), r.Text));
        // A fund with holdings awaiting review gives their value as an amount, never "none".
        var awaiting = read.Where(r => r.Fund.Lines.NeedsReview > 0 && r.Fund.ReviewValue is not null).ToList();
        Assert.NotEmpty(awaiting);
        Assert.All(awaiting, r => Assert.Equal(Wording.Money(r.Fund.ReviewValue, null), r.Text));
    }

    [Fact]
    public void The_CLI_writes_the_page_the_renderer_makes_from_the_same_model()
    {
        var run = SampleRuns.Bundled;
        Assert.Equal(run.Html, Render(run.Report));
        Assert.Equal("html", new HtmlReportRenderer().Format);
        Assert.Equal("exposure-report.html", new HtmlReportRenderer().FileName);
    }

    [Fact]
    public void Sections_come_in_the_PDF_s_order_and_the_scheme_view_only_with_a_scheme()
    {
        var bundled = Parse(SampleRuns.Bundled.Html);
        Assert.Equal(FundSections, bundled.QuerySelectorAll("main > section").Select(s => s.Id));
        var scheme = Parse(SampleRuns.Scheme.Html);
        Assert.Equal(FundSections.Take(2).Append("scheme").Concat(FundSections.Skip(2)), scheme.QuerySelectorAll("main > section").Select(s => s.Id));
        Assert.Equal(scheme.QuerySelectorAll("main > section").Select(s => "#" + s.Id), scheme.QuerySelectorAll("nav.contents > ol > li > a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(scheme.QuerySelector("nav.contents a[href='#coverage']"));
        Assert.NotNull(scheme.GetElementById("coverage"));
    }

    [Theory]
    [InlineData("bundled")]
    [InlineData("scheme")]
    [InlineData("market")]
    [InlineData("large-market")]
    [InlineData("combined")]
    public void One_h1_headings_in_order_landmarks_and_table_headers_with_scope(string name)
    {
        var doc = Parse(SampleRuns.ByName(name).Html);
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.Single(doc.QuerySelectorAll("h1"));
        var levels = doc.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading {i} jumps from h{levels[i - 1]} to h{levels[i]}");
        Assert.Single(doc.QuerySelectorAll("body > header"));
        Assert.Single(doc.QuerySelectorAll("main#main"));
        Assert.Single(doc.QuerySelectorAll("body > footer"));
        Assert.NotNull(doc.QuerySelector("body > nav[aria-labelledby]"));
        Assert.Equal("#main", doc.QuerySelector("a.skip-link")!.GetAttribute("href"));
        var tables = doc.QuerySelectorAll("table");
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), "a table has no caption");
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        }

        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var reference in doc.QuerySelectorAll("[aria-labelledby]").SelectMany(e => e.GetAttribute("aria-labelledby")!.Split(' ')))
            Assert.Contains(reference, ids);
        foreach (var anchor in doc.QuerySelectorAll("a[href^='#']"))
            Assert.Contains(anchor.GetAttribute("href")![1..], ids);
    }

    [Theory]
    [InlineData("bundled")]
    [InlineData("scheme")]
    [InlineData("market")]
    [InlineData("large-market")]
    public void Every_figure_on_the_page_is_the_JSON_s(string name)
    {
        var run = SampleRuns.ByName(name);
        var doc = Parse(run.Html);
        var figures = doc.QuerySelectorAll("data[data-figure]")
            .Select(d => new PageFigure(d.GetAttribute("data-figure")!, d.GetAttribute("value")!, d.TextContent))
            .ToList();
        using var json = JsonDocument.Parse(run.Json);
        Assert.Empty(PageFigure.Mismatches(figures, json));
        var paths = figures.Select(f => f.Path).ToHashSet();
        Assert.True(paths.Count > 100, $"only {paths.Count} figures are marked");
        string[] headline = run.Report.Portfolio is not null
            ? ["portfolio.flaggedValue", "portfolio.flaggedShare", "portfolio.totalInvested", "portfolio.coverage.lookedThrough", "portfolio.coverage.gaps[0].value", "portfolio.companies[0].paths[0].value"]
            : run.Report.Market is not null
            ? ["market.summary.flaggedValue", "market.summary.flaggedShare", "market.summary.netAssets", "market.summary.funds", "market.summary.entries", "market.summary.exits",
               "market.registrants[0].flaggedValue", "market.companies[0].funds", "market.companies[0].value", "market.companies[0].entries", "market.largestHoldings[0].value",
               // a finding of the fund listed first, by its latest report (earlier reports' findings are in the JSON, the workbook and matches.csv)
               string.Create(CultureInfo.InvariantCulture, $"findings[{run.Report.Findings.ToList().FindIndex(f => f.FundId == MarketLayout.FundsInOrder(run.Report)[0].Id)}].value")]
            : ["summary.flaggedValue", "summary.flaggedShare", "summary.fundValue", "summary.relatedValue", "funds[0].flaggedWeight", "companies[0].totalValue", "findings[0].value"];
        Assert.All(headline, p => Assert.Contains(p, paths));
    }

    [Fact]
    public void A_market_has_its_section_after_the_charts_and_shows_every_registrant_and_change_of_two_quarters()
    {
        var run = SampleRuns.Market;
        var market = run.Report.Market!;
        var doc = Parse(run.Html);
        Assert.Equal(FundSections.Take(2).Append("market").Concat(FundSections.Skip(2)), doc.QuerySelectorAll("main > section").Select(s => s.Id));
        Assert.Equal(market.Registrants.Select(r => r.Registrant), doc.QuerySelectorAll("#market-registrants tbody th").Select(th => th.ChildNodes[0].TextContent));
        Assert.Equal(market.Companies.Select(c => c.Name), doc.QuerySelectorAll("#market-companies tbody th a").Select(a => a.TextContent));
        Assert.Equal(["Hangzhou Hikvision Digital Technology Co., Ltd.", "ZTE Corporation"],
            doc.QuerySelectorAll("#market-changes table")[0].QuerySelectorAll("tbody th a").Select(a => a.TextContent));
        Assert.Contains("2 funds have reports of two or more dates", doc.GetElementById("market-changes")!.TextContent);
        Assert.Equal(market.Companies.Count, doc.QuerySelectorAll("article.company").Length);

        // Three funds: the masthead does not say its tables list 25 of them.
        var listed = doc.QuerySelectorAll("header dl.facts > div").Single(d => d.QuerySelector("dt")!.TextContent == "Listed here").QuerySelector("dd")!.TextContent;
        Assert.Equal("at most 25 funds, registrants or companies in each table, those with the most exposure; the workbook, the CSV files and the JSON list every one", listed);
    }

    [Fact]
    public void A_market_of_hundreds_of_funds_shows_the_first_rows_of_each_table_and_says_where_the_rest_are()
    {
        var run = SampleRuns.LargeMarket;
        var report = run.Report;
        var market = report.Market!;
        var doc = Parse(run.Html);
        Assert.Equal(300, market.Summary.Funds);

        var funds = doc.QuerySelector("#funds table")!.QuerySelectorAll("tbody tr");
        Assert.Equal(MarketLayout.Rows, funds.Length);
        Assert.Equal(MarketLayout.FundsInOrder(report).Take(MarketLayout.Rows).Select(f => f.Name), funds.Select(r => r.QuerySelector("th strong")!.TextContent));
        Assert.Contains($"The first 25 of 300 funds are shown; {MarketWording.FundsWhere}.", doc.GetElementById("funds")!.TextContent);
        Assert.Equal(MarketLayout.Rows, doc.QuerySelectorAll("#market-registrants tbody tr").Length);
        Assert.Contains($"The first 25 of 40 registrants are shown; {MarketWording.RegistrantsWhere}.", doc.GetElementById("market-registrants")!.TextContent);
        Assert.Equal(MarketLayout.Rows, doc.QuerySelectorAll("#matches table.findings").Length);
        Assert.Equal(MarketLayout.ProfiledCompanies(report).Select(c => c.Id), doc.QuerySelectorAll("article.company").Select(a => a.Id!["company-".Length..]));
        var hikvision = doc.GetElementById("company-hikvision")!;
        Assert.Equal(MarketLayout.HoldersListed, hikvision.QuerySelectorAll("table tbody tr").Length);
        Assert.True(run.Html.Length < 400_000, $"the page is {run.Html.Length} characters");
    }

    [Fact]
    public void A_market_of_many_holdings_files_lists_the_first_of_them_and_every_other_input()
    {
        var market = SampleRuns.LargeMarket.Report;
        var files = Enumerable.Range(1, 40).Select(i => new InputFile($"fund-{i:D3}.csv", "holdings", new string('a', 64), 1_000 + i, 20 + i)).ToList();
        var portfolio = new InputFile("scheme.json", "portfolio", new string('b', 64), 900, 30);
        var report = market with { Run = market.Run with { Inputs = [portfolio, .. files] } };
        var doc = Parse(Render(report));

        var section = doc.QuerySelectorAll("table").First(t => t.QuerySelector("caption")?.TextContent == "Input files");
        var rows = section.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Equal(["scheme.json", .. files.Take(MarketLayout.Rows).Select(f => f.Name)], rows);
        Assert.Contains($"The first {MarketLayout.Rows} of 40 holdings files, in the order read, are shown; {MarketWording.InputsWhere}.",
            section.Closest("section")!.TextContent);
    }

    [Fact]
    public void A_market_of_many_dates_lists_the_dates_with_the_most_funds_in_date_order_and_the_funds_of_unknown_date()
    {
        var market = SampleRuns.LargeMarket.Report;
        // 30 dates, the nth holding n % 7 + 1 funds, then the funds whose date is unknown.
        List<DateTotals> dates = [.. Enumerable.Range(0, 30).Select(n => new DateTotals(new DateOnly(2026, 1, 1).AddDays(n), n % 7 + 1, "USD", 1_000m, 900m, 10m, 0.01m, 1)),
            new DateTotals(null, 3, "USD", 500m, 500m, 0m, 0m, 0)];
        var report = market with { Summary = market.Summary with { ByDate = dates } };
        var doc = Parse(Render(report));

        var table = doc.QuerySelectorAll("table").First(t => t.QuerySelector("caption")?.TextContent == "The same figures by as-of date");
        var shown = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        var expected = MarketLayout.DatesListed(report).Select(x => x.Date.AsOf is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "date unknown").ToList();
        Assert.Equal(expected, shown);
        Assert.Equal(MarketLayout.Rows + 1, shown.Count);
        Assert.Equal("date unknown", shown[^1]);
        Assert.Equal(shown.SkipLast(1).Order(StringComparer.Ordinal), shown.SkipLast(1));
        // Every date left out holds no more funds than the fewest of those shown.
        var fewestShown = dates.Where(d => d.AsOf is not null && shown.Contains(d.AsOf.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Min(d => d.Funds);
        Assert.All(dates.Where(d => d.AsOf is not null && !shown.Contains(d.AsOf.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), d => Assert.True(d.Funds <= fewestShown));
        Assert.Contains($"The 25 dates with the most funds are shown, of 30, in date order; {MarketWording.DatesWhere}.", table.Closest("section")!.TextContent);
        // The row of unknown date is not a date.
        Assert.Equal("The funds are of 30 dates (3 funds of unknown date)", Wording.DatesOfFunds(report.Summary));
    }

    [Fact]
    public void Every_company_has_a_stable_anchor_and_every_allegation_its_source_as_a_link()
    {
        var run = SampleRuns.Bundled;
        var doc = Parse(run.Html);
        Assert.NotEmpty(run.Report.Companies);
        foreach (var company in run.Report.Companies)
        {
            var article = doc.GetElementById("company-" + company.Id);
            Assert.NotNull(article);
            Assert.Equal("ARTICLE", article.TagName);
            Assert.Equal(company.NameEn, article.QuerySelector("h3")!.TextContent);
            Assert.Contains(company.ReviewNote, article.QuerySelector(".callout-caveat")!.TextContent);
            var items = article.QuerySelectorAll("li.allegation");
            Assert.Equal(company.Allegations.Count, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                var a = company.Allegations[i];
                var link = items[i].QuerySelector("a[href]");
                Assert.NotNull(link);
                Assert.Equal(a.SourceUrl, link.GetAttribute("href"));
                Assert.Contains(a.Summary, items[i].TextContent);
                Assert.Contains(a.ListOrReport, items[i].TextContent);
            }
        }
    }

    [Fact]
    public void Every_finding_is_a_row_with_its_rule_and_evidence()
    {
        var run = SampleRuns.Bundled;
        var doc = Parse(run.Html);
        var rows = doc.QuerySelectorAll("table.findings tbody tr");
        Assert.Equal(run.Report.Findings.Count, rows.Length);
        foreach (var row in rows)
        {
            var path = row.QuerySelector("data[data-figure$='.line']")!.GetAttribute("data-figure")!;
            var finding = run.Report.Findings[int.Parse(path["findings[".Length..path.IndexOf(']')], CultureInfo.InvariantCulture)];
            Assert.Equal(finding.Line.ToString(CultureInfo.InvariantCulture), row.QuerySelector("data")!.TextContent);
            Assert.Contains(finding.Rule, row.TextContent);
            Assert.Equal(finding.Evidence.Count, row.QuerySelectorAll("ul.evidence li").Length);
            Assert.Contains(Wording.Of(finding.State), row.TextContent);
        }

        var review = doc.GetElementById("review")!.QuerySelectorAll("table.findings tbody tr");
        Assert.Equal(run.Report.Findings.Count(f => f.State == Core.Holdings.RowState.NeedsReview), review.Length);
    }

    [Fact]
    public void The_page_loads_nothing_and_its_policy_allows_only_its_own_style_and_script()
    {
        var html = SampleRuns.Scheme.Html;
        var doc = Parse(html);
        Assert.Empty(doc.QuerySelectorAll("[src], link, img, iframe, object, embed, base, form, video, audio"));
        Assert.Empty(doc.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        var script = Assert.Single(doc.QuerySelectorAll("script"));
        var style = Assert.Single(doc.QuerySelectorAll("style"));
        var policy = doc.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.StartsWith("default-src 'none';", policy);
        Assert.Contains($"script-src 'sha256-{Hash(script.TextContent)}'", policy);
        Assert.Contains($"style-src 'sha256-{Hash(style.TextContent)}'", policy);
        Assert.Contains("@media print", style.TextContent);
        Assert.DoesNotContain("@import", style.TextContent);
        Assert.DoesNotContain("url(http", style.TextContent);
        Assert.DoesNotContain("@font-face", style.TextContent);
        Assert.All(doc.QuerySelectorAll("[href]").Select(a => a.GetAttribute("href")!),
            href => Assert.True(href.StartsWith('#') || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal), href));
        Assert.NotNull(doc.QuerySelector("meta[name='viewport']"));
        Assert.All(doc.QuerySelectorAll("svg.chart-svg"), svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.All(svg.GetAttribute("aria-labelledby")!.Split(' '), id => Assert.False(string.IsNullOrWhiteSpace(doc.GetElementById(id)?.TextContent)));
            Assert.NotNull(svg.Closest("figure")!.QuerySelector("details table"));
        });

        static string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Same_model_same_bytes_whatever_the_culture()
    {
        var report = SampleRuns.Scheme.Report;
        var first = Render(report);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "ar-SA", "fr-CH" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Assert.Equal(first, Render(report));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }

        Assert.DoesNotContain("\r", first);
        Assert.StartsWith("<!DOCTYPE html>\n", first);
    }

    [Fact]
    public void Chinese_names_carry_their_script_and_a_Uyghur_name_reads_right_to_left()
    {
        var report = SampleRuns.Bundled.Report;
        var doc = Parse(Render(report));
        foreach (var company in report.Companies.Where(c => c.NameNative is not null))
        {
            var span = doc.GetElementById("company-" + company.Id)!.QuerySelector(".native-name span[lang]")!;
            Assert.Equal(company.NameNative, span.TextContent);
            Assert.Equal(company.NameNative!.Any(c => Core.Text.ChineseScript.ToSimplified(c) != c) ? "zh-Hant" : "zh-Hans", span.GetAttribute("lang"));
        }

        Assert.Equal("zh-Hant", doc.QuerySelector("#company-zte .native-name span")!.GetAttribute("lang"));
        Assert.Equal("zh-Hans", doc.QuerySelector("#company-zijin-mining .native-name span")!.GetAttribute("lang"));

        const string uyghur = "شىنجاڭ جوڭتەي خىمىيە سانائىتى";
        var changed = report with { Companies = [report.Companies[0] with { NameNative = uyghur }, .. report.Companies.Skip(1)] };
        var bdi = Parse(Render(changed)).QuerySelector($"#company-{report.Companies[0].Id} .native-name bdi")!;
        Assert.Equal(uyghur, bdi.TextContent);
        Assert.Equal("rtl", bdi.GetAttribute("dir"));
        Assert.Equal("ug", bdi.GetAttribute("lang"));
    }

    [Fact]
    public void Text_from_inputs_and_the_list_cannot_become_markup_or_a_script_link()
    {
        var report = SampleRuns.Bundled.Report;
        const string hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        var company = report.Companies[0];
        var allegations = company.Allegations.Select((a, i) => i switch
        {
            0 => a with { SourceUrl = "javascript:alert(1)", Summary = hostile },
            1 => a with { SourceUrl = "data:text/html,<b>x</b>" },
            _ => a,
        }).ToList();
        var finding = report.Findings[0] with { Name = hostile, Evidence = [.. report.Findings[0].Evidence, new Core.Matching.Evidence("name", hostile, "\u0001", 0, hostile)] };
        var changed = report with
        {
            Companies = [company with { NameEn = hostile, ReviewNote = hostile, Allegations = allegations }, .. report.Companies.Skip(1)],
            Findings = [finding, .. report.Findings.Skip(1)],
            Funds = [report.Funds[0] with { Name = hostile, SourceFile = hostile }, .. report.Funds.Skip(1)],
            Rejected = [.. report.Rejected, new RejectedLine(hostile, 7, 1, hostile, hostile)],
        };
        var html = Render(changed);
        var doc = Parse(html);
        Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.QuerySelectorAll("a[href]"), a => !a.GetAttribute("href")!.StartsWith('#') && !a.GetAttribute("href")!.StartsWith("http", StringComparison.Ordinal));
        Assert.Equal(hostile, doc.QuerySelector($"#company-{company.Id} h3")!.TextContent);
        Assert.Contains("javascript:alert(1)", doc.GetElementById("company-" + company.Id)!.QuerySelector("li.allegation")!.TextContent);
        Assert.Contains(hostile, doc.QuerySelector("table.findings")!.TextContent);
        Assert.False(html.Contains('\u0001', StringComparison.Ordinal), "a control character reached the page");
    }

    [Fact]
    public void Funds_in_different_currencies_show_no_total_and_each_amount_with_its_currency()
    {
        var run = SampleRuns.Scheme;
        Assert.Null(run.Report.Summary.Currency);
        var doc = Parse(run.Html);
        // A scheme's summary over holdings files in several currencies adds none up: its total rows are left out, and the
        // currency row says the figures are per file, in their own currencies, and where the scheme's figures are.
        Assert.Null(doc.QuerySelector("data[data-figure='summary.flaggedValue']"));
        Assert.Contains("the figures of this block are per holdings file, each in its own currency, and are not added up here",
            doc.GetElementById("summary")!.TextContent, StringComparison.Ordinal);
        var fundRows = doc.QuerySelector("#funds table")!.QuerySelectorAll("tbody tr");
        Assert.Equal(run.Report.Funds.Count, fundRows.Length);
        for (var i = 0; i < fundRows.Length; i++)
        {
            var cell = fundRows[i].QuerySelector($"data[data-figure='funds[{i}].fundValue']")!.ParentElement!;
            if (run.Report.Funds[i].Currency is { } currency) Assert.StartsWith(currency + " ", cell.TextContent);
        }
    }

    [Fact]
    public void A_scheme_s_company_profiles_give_the_scheme_s_value_looked_through_and_a_plain_run_s_its_funds()
    {
        var run = SampleRuns.Scheme;
        var doc = Parse(run.Html);
        var text = doc.Body!.TextContent;
        Assert.DoesNotContain("Value held, all funds", text, StringComparison.Ordinal);
        var p = run.Report.Portfolio!;
        for (var i = 0; i < run.Report.Companies.Count; i++)
        {
            var company = run.Report.Companies[i];
            var figure = doc.QuerySelector(string.Create(CultureInfo.InvariantCulture, $"data[data-figure='companies[{i}].scheme.value']"));
            Assert.NotNull(figure);
            var cell = figure.ParentElement!.TextContent;
            // The scheme's table of companies' figure, in the report currency, "at least" where it is a lower bound.
            var value = p.Companies.Where(c => c.CompanyId == company.Id).OrderBy(c => c.State == Core.Holdings.RowState.Matched ? 0 : 1).FirstOrDefault()?.Value;
            Assert.Equal(value, company.Scheme!.Value);
            if (value is not null)
            {
                Assert.StartsWith((company.Scheme.AtLeast ? "at least " : "") + p.ReportCurrency + " ", cell, StringComparison.Ordinal);
            }

            Assert.Contains("the holdings listed with it are each holdings file's own rows, in its fund's currency", cell, StringComparison.Ordinal);
        }

        Assert.Equal(run.Report.Companies.Count, Regex.Count(text, Wording.SchemeCompanyValueLabel));
        var bundled = Parse(SampleRuns.Bundled.Html);
        Assert.Contains("Value held, all funds", bundled.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(bundled.QuerySelector("data[data-figure$='.scheme.value']"));
    }

    [Fact]
    public void A_scheme_s_company_profile_lists_the_scheme_s_paths_to_it_as_the_json_gives_them()
    {
        var run = SampleRuns.Scheme;
        var doc = Parse(run.Html);
        var text = doc.Body!.TextContent;
        var c = run.Report.Portfolio!.ReportCurrency;
        var listed = 0;
        for (var i = 0; i < run.Report.Companies.Count; i++)
        {
            var company = run.Report.Companies[i];
            var paths = company.Scheme!.Through ?? [];
            for (var j = 0; j < paths.Count; j++)
            {
                // Each path's row: where it starts and what the scheme invests there, each step's share and rows, its value.
                var path = paths[j];
                Assert.NotNull(path.Funds);
                var figure = doc.QuerySelector(string.Create(CultureInfo.InvariantCulture, $"data[data-figure='companies[{i}].scheme.through[{j}].value']"));
                Assert.NotNull(figure);
                Assert.Equal(path.Value is null ? Wording.Unknown : Wording.Money(path.Value, null), figure.TextContent);
                var row = figure.Closest("tr")!.TextContent;
                Assert.Contains(Wording.SchemePathEntry(path, c), row, StringComparison.Ordinal);
                Assert.Contains(Wording.SchemePathSteps(path, company.NameEn), row, StringComparison.Ordinal);
                listed++;
            }

            if (paths.Count > 0)
            {
                Assert.Contains(Wording.SchemePathsTotal(company.Scheme), text, StringComparison.Ordinal);
            }
        }

        Assert.True(listed >= 3, $"{listed} paths");
    }

    [Fact]
    public void A_scheme_s_page_says_above_its_figures_what_the_report_warns_of_as_the_PDF_does()
    {
        var run = SampleRuns.Scheme;
        // The dates of the totals over every file are said in the Summary, where those totals are.
        var expected = run.Report.Summary.Warnings.Where(w => w.Code != "dates-differ").ToList();
        Assert.NotEmpty(expected);
        var shown = Parse(run.Html).QuerySelectorAll("#executive-summary li[data-warning]").ToList();
        Assert.Equal(expected.Select(w => w.Code), shown.Select(li => li.GetAttribute("data-warning")));
        Assert.Equal(expected.Select(w => w.Text), shown.Select(li => li.TextContent));
    }

    [Fact]
    public void A_market_s_page_says_above_its_figures_what_the_report_warns_of_as_the_PDF_does()
    {
        using var temp = new TempFolder();
        // Alpha Growth Fund files no more: the report warns that its last report is listed, not counted.
        var (q2, q3) = NportFilings.OneFundStopsFiling(temp.Path, NportFilings.Hikvision(260_000m));
        var report = ExposureRun.Execute(new RunRequest([new HoldingsInput(q2, "q2"), new HoldingsInput(q3, "q3")],
            RepoPaths.ReferenceData, Path.Combine(temp.Path, "out"), [], "test")).Report;
        Assert.NotNull(report.Market);
        Assert.Contains(report.Summary.Warnings, w => w.Code == "no-later-report");

        var summary = Parse(Render(report)).GetElementById("executive-summary")!;
        var shown = summary.QuerySelectorAll("li[data-warning]").ToList();
        Assert.Equal(report.Summary.Warnings.Select(w => w.Code), shown.Select(li => li.GetAttribute("data-warning")));
        Assert.Equal(report.Summary.Warnings.Select(w => w.Text), shown.Select(li => li.TextContent));
        // Above the figures, as in the PDF.
        var elements = summary.QuerySelectorAll("*").ToList();
        var (callout, tiles) = (elements.FindIndex(e => e.ClassList.Contains("callout-notice")), elements.FindIndex(e => e.ClassList.Contains("tiles")));
        Assert.True(callout >= 0 && tiles > callout, $"the warnings (element {callout}) come before the figures (element {tiles})");
    }
}
