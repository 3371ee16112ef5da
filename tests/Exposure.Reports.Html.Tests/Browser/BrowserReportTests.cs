using System.Globalization;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Exposure.Reports.Html.Tests.Browser;

/// <summary>
/// The bundled report and the sample scheme's report, opened in Chromium: no console error, no request but the file
/// itself, the figures the page shows equal the JSON of the same run, sorting and filtering work, from the keyboard too,
/// the page reads without its script and on a phone, and axe finds no serious or critical violation.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class BrowserReportTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    private const string FiguresScript =
        "() => JSON.stringify(Array.from(document.querySelectorAll('data[data-figure]')).map(d => ({ " +
        "path: d.getAttribute('data-figure'), value: d.value, text: d.textContent, inDetails: !!d.closest('details'), " +
        "visible: d.getClientRects().length > 0 })))";

    [SkippableTheory]
    [InlineData("bundled")]
    [InlineData("scheme")]
    [InlineData("market")]
    [InlineData("categories")]
    public async Task Opens_without_errors_and_requests_nothing_but_itself(string name)
    {
        var browser = chromium.Require();
        var run = SampleRuns.ByName(name);
        await using var open = await OpenPage.OpenAsync(browser, run.HtmlPath);
        await open.Page.Locator("table[data-sortable] th button.sort").First.WaitForAsync();
        await open.Page.SetViewportSizeAsync(390, 800);
        await open.Page.WaitForTimeoutAsync(300);
        Assert.Empty(open.Errors);
        Assert.Equal([open.Url], open.Requests);
    }

    [SkippableFact]
    public async Task The_page_s_policy_refuses_anything_from_elsewhere()
    {
        var browser = chromium.Require();
        await using var open = await OpenPage.OpenAsync(browser, SampleRuns.Bundled.HtmlPath);
        var refused = await open.Page.EvaluateAsync<string[]>(@"() => new Promise(done => {
            const seen = [];
            document.addEventListener('securitypolicyviolation', e => { seen.push(e.violatedDirective); if (seen.length === 3) done(seen); });
            const img = document.createElement('img'); img.src = 'https://example.org/pixel.png'; document.body.appendChild(img);
            const style = document.createElement('style'); style.textContent = 'body { color: red }'; document.head.appendChild(style);
            const script = document.createElement('script'); script.textContent = 'window.injected = 1'; document.body.appendChild(script);
            setTimeout(() => done(seen), 2000);
        })");
        Assert.Equal(["img-src", "script-src-elem", "style-src-elem"], refused.Order(StringComparer.Ordinal));
        Assert.False(await open.Page.EvaluateAsync<bool>("() => window.injected === 1"));
        // The browser refused the image itself: the request never reached the network, where the test's router would have seen it.
        Assert.DoesNotContain(open.Requests, r => r.StartsWith("blocked", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("bundled")]
    [InlineData("scheme")]
    [InlineData("market")]
    public async Task The_figures_on_the_page_equal_the_JSON(string name)
    {
        var browser = chromium.Require();
        var run = SampleRuns.ByName(name);
        await using var open = await OpenPage.OpenAsync(browser, run.HtmlPath);
        var figures = await Figures(open.Page);
        using var json = JsonDocument.Parse(run.Json);
        Assert.True(figures.Count > 100, $"only {figures.Count} figures on the page");
        Assert.Empty(PageFigure.Mismatches(figures.Select(f => f.Figure), json));
        Assert.All(figures.Where(f => !f.InDetails), f => Assert.True(f.Visible, $"{f.Figure.Path} is not visible"));
        var headline = run.Report.Portfolio is null ? "summary.flaggedValue" : "portfolio.flaggedValue";
        Assert.Contains(figures, f => f.Figure.Path == headline && f.Visible);
    }

    [SkippableTheory]
    [InlineData("bundled", 1280)]
    [InlineData("bundled", 390)]
    [InlineData("scheme", 1280)]
    [InlineData("scheme", 390)]
    [InlineData("market", 1280)]
    [InlineData("market", 390)]
    [InlineData("categories", 1280)]
    [InlineData("combined", 1280)]
    public async Task Axe_finds_no_serious_or_critical_violation(string name, int width)
    {
        var browser = chromium.Require();
        await using var open = await OpenPage.OpenAsync(browser, SampleRuns.ByName(name).HtmlPath, width);
        var result = await open.Page.RunAxe();
        foreach (var v in result.Violations)
            output.WriteLine($"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes) e.g. {v.Nodes.FirstOrDefault()?.Html}");
        output.WriteLine($"axe: {result.Violations.Length} violations, {result.Passes.Length} rules passed, {result.Incomplete.Length} to check by hand");
        foreach (var i in result.Incomplete)
        {
            output.WriteLine($"to check by hand: {i.Impact} {i.Id}: {i.Help} ({i.Nodes.Length} nodes)");
            foreach (var reason in i.Nodes.SelectMany(n => n.Any.Concat(n.All).Select(c => c.Message)).GroupBy(m => m).OrderByDescending(g => g.Count()).Take(4))
                output.WriteLine($"    {reason.Count()} × {reason.Key}");
        }
        Assert.DoesNotContain(result.Violations, v => v.Impact is "serious" or "critical");
        Assert.True(result.Passes.Length > 20, "axe ran too few rules");
    }

    [SkippableFact]
    public async Task Findings_sort_by_a_column_both_ways()
    {
        var browser = chromium.Require();
        await using var open = await OpenPage.OpenAsync(browser, SampleRuns.Bundled.HtmlPath);
        var page = open.Page;
        var table = page.Locator("#matches table.findings").First;
        var before = await Column(table, 4);
        Assert.True(before.Count > 3);

        var header = table.Locator("thead th").Nth(4);
        await header.Locator("button").ClickAsync();
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        var ascending = await Column(table, 4);
        // A value the model does not know (an unreadable market value) sorts last both ways.
        var unknown = before.Where(v => v is null).ToList();
        Assert.Equal(before.Where(v => v is not null).Order().Concat(unknown), ascending);

        await header.Locator("button").ClickAsync();
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        Assert.Equal(before.Where(v => v is not null).OrderDescending().Concat(unknown), await Column(table, 4));

        await table.Locator("thead th").Nth(0).Locator("button").ClickAsync();
        Assert.Null(await header.GetAttributeAsync("aria-sort"));
        var lines = await Column(table, 0);
        Assert.Equal(lines.Order(), lines);
        Assert.Contains("Sorted by Line, ascending.", await page.Locator("#matches [role=status]").AllTextContentsAsync());
    }

    [SkippableFact]
    public async Task Findings_filter_to_the_rows_holding_the_words()
    {
        var browser = chromium.Require();
        await using var open = await OpenPage.OpenAsync(browser, SampleRuns.Bundled.HtmlPath);
        var table = open.Page.Locator("#matches table.findings").First;
        var rows = table.Locator("tbody tr");
        var total = await rows.CountAsync();
        var texts = await rows.AllTextContentsAsync();
        var expected = texts.Count(t => t.Contains("hikvision", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(expected, 1, total - 1);

        var filter = open.Page.GetByLabel("Filter rows of " + await table.Locator("caption").TextContentAsync(), new() { Exact = true });
        await filter.FillAsync("HIKVISION");
        var shown = await table.Locator("tbody tr:visible").AllTextContentsAsync();
        Assert.Equal(expected, shown.Count);
        Assert.All(shown, t => Assert.Contains("hikvision", t, StringComparison.OrdinalIgnoreCase));
        Assert.Equal($"Showing {expected} of {total} rows", await open.Page.Locator("#matches .filter-status").First.TextContentAsync());

        await filter.FillAsync("hikvision no-such-word");
        Assert.Equal(0, await table.Locator("tbody tr:visible").CountAsync());
        await filter.FillAsync("");
        Assert.Equal(total, await table.Locator("tbody tr:visible").CountAsync());
    }

    [SkippableFact]
    public async Task Every_link_button_and_field_is_reached_with_the_tab_key_and_works_from_the_keyboard()
    {
        var browser = chromium.Require();
        await using var open = await OpenPage.OpenAsync(browser, SampleRuns.Bundled.HtmlPath);
        var page = open.Page;
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // A chart's figures open from its summary with Enter; with all of them open, every link in them must be reachable too.
        var summary = page.Locator("details.chart-data summary").First;
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("details.chart-data").First.EvaluateAsync<bool>("d => d.open"));
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await page.EvaluateAsync("() => { let n = 0; for (const e of document.querySelectorAll('a[href], button, input, summary, [tabindex=\"0\"]')) e.dataset.stop = String(n++); }");
        var stops = await page.EvaluateAsync<int>("() => document.querySelectorAll('[data-stop]').length");
        var reached = new HashSet<string>();
        var sorted = false;
        var filtered = false;
        await page.Locator("a.skip-link").FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        for (var i = 0; i < stops + 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return (e.dataset.stop || '-') + '|' + e.tagName + '|' + (e.closest('section.part') || {}).id; }");
            var parts = focus.Split('|');
            if (parts[0] != "-") reached.Add(parts[0]);
            if (!filtered && parts[1] == "INPUT" && parts[2] == "matches")
            {
                await page.Keyboard.TypeAsync("zte");
                filtered = await page.Locator("#matches table.findings").First.Locator("tbody tr:visible").CountAsync() < await page.Locator("#matches table.findings").First.Locator("tbody tr").CountAsync();
                foreach (var _ in "zte") await page.Keyboard.PressAsync("Backspace");
            }

            if (!sorted && parts[1] == "BUTTON" && parts[2] == "matches")
            {
                await page.Keyboard.PressAsync("Enter");
                sorted = await page.Locator("#matches th[aria-sort=ascending]").CountAsync() == 1;
            }
        }

        Assert.True(filtered, "typing into the focused filter box did not filter the findings");
        Assert.True(sorted, "Enter on a focused sort button did not sort");
        var missed = await page.EvaluateAsync<string[]>("r => Array.from(document.querySelectorAll('[data-stop]')).filter(e => !r.includes(e.dataset.stop)).map(e => e.outerHTML.slice(0, 120))", reached.ToArray());
        Assert.Empty(missed);
        Assert.Equal(stops, reached.Count);
        Assert.Empty(open.Errors);
    }

    [SkippableTheory]
    [InlineData("bundled")]
    [InlineData("scheme")]
    public async Task Without_its_script_the_page_still_shows_everything(string name)
    {
        var browser = chromium.Require();
        var run = SampleRuns.ByName(name);
        await using var open = await OpenPage.OpenAsync(browser, run.HtmlPath, javaScript: false);
        var page = open.Page;
        Assert.Equal(0, await page.Locator("button.sort, .filter").CountAsync());
        Assert.Equal(await page.Locator("tbody tr").CountAsync(), await page.Locator("tbody tr:visible").CountAsync() + await page.Locator("details tbody tr").CountAsync());
        Assert.Equal(run.Report.Findings.Count, await page.Locator("table.findings tbody tr:visible").CountAsync());
        Assert.Equal(run.Report.Companies.Count, await page.Locator("article.company:visible").CountAsync());
        Assert.Empty(open.Errors);
    }

    [SkippableTheory]
    [InlineData("bundled")]
    [InlineData("scheme")]
    [InlineData("market")]
    public async Task On_a_phone_the_page_does_not_scroll_sideways(string name)
    {
        var browser = chromium.Require();
        await using var open = await OpenPage.OpenAsync(browser, SampleRuns.ByName(name).HtmlPath, 390);
        var width = await open.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.InRange(width, 1, 390);
        var fontSize = await open.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main p')).fontSize");
        Assert.Equal("16px", fontSize);
        var scrolling = await open.Page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('.table-wrap')).filter(w => w.scrollWidth > w.clientWidth + 1 && w.getAttribute('tabindex') !== '0').length");
        Assert.Equal(0, scrolling);
    }

    /// <summary>Full-page screenshots at phone and desktop width, written when EXPOSURE_SCREENSHOTS names a folder.</summary>
    [SkippableFact]
    public async Task Screenshots_at_phone_and_desktop_width()
    {
        var folder = Environment.GetEnvironmentVariable("EXPOSURE_SCREENSHOTS");
        Skip.If(string.IsNullOrEmpty(folder), "EXPOSURE_SCREENSHOTS is not set: no screenshots were taken.");
        var browser = chromium.Require();
        Directory.CreateDirectory(folder!);
        foreach (var name in new[] { "bundled", "scheme" })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                await using var open = await OpenPage.OpenAsync(browser, SampleRuns.ByName(name).HtmlPath, width);
                var height = await open.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
                const int slice = 1800;
                for (var top = 0; top < height; top += slice)
                {
                    var path = Path.Combine(folder!, $"{name}-{width}-{top / slice:00}.png");
                    await open.Page.ScreenshotAsync(new PageScreenshotOptions
                    {
                        Path = path,
                        FullPage = true,
                        Clip = new Clip { X = 0, Y = top, Width = width, Height = Math.Min(slice, height - top) },
                    });
                    Assert.True(new FileInfo(path).Length > 1000);
                }

                output.WriteLine($"{name} at {width}px: {height}px tall");
            }
        }
    }

    private static async Task<List<decimal?>> Column(ILocator table, int index)
    {
        var values = await table.Locator($"tbody tr td:nth-child({index + 1}) data, tbody tr th:nth-child({index + 1}) data").EvaluateAllAsync<string[]>("ds => ds.map(d => d.value)");
        return values.Select(v => v.Length == 0 ? (decimal?)null : decimal.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToList();
    }

    private sealed record ShownFigure(PageFigure Figure, bool InDetails, bool Visible);

    private static async Task<List<ShownFigure>> Figures(IPage page)
    {
        using var doc = JsonDocument.Parse(await page.EvaluateAsync<string>(FiguresScript));
        return doc.RootElement.EnumerateArray()
            .Select(e => new ShownFigure(
                new PageFigure(e.GetProperty("path").GetString()!, e.GetProperty("value").GetString()!, e.GetProperty("text").GetString()!),
                e.GetProperty("inDetails").GetBoolean(),
                e.GetProperty("visible").GetBoolean()))
            .ToList();
    }
}
