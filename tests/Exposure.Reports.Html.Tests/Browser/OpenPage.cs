using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Exposure.Reports.Html.Tests.Browser;

/// <summary>A report opened in its own browser context, with every console error and every request it made recorded.</summary>
public sealed class OpenPage : IAsyncDisposable
{
    private OpenPage(IBrowserContext context, IPage page, string url)
    {
        Context = context;
        Page = page;
        Url = url;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string Url { get; }

    /// <summary>Console errors and uncaught exceptions, as the browser reported them.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Every request the page made, the page's own file first.</summary>
    public List<string> Requests { get; } = [];

    public static async Task<OpenPage> OpenAsync(IBrowser browser, string htmlPath, int width = 1280, bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            Offline = true,
        });
        var page = await context.NewPageAsync();
        var url = new Uri(htmlPath).AbsoluteUri;
        var open = new OpenPage(context, page, url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") open.Errors.Add("console: " + message.Text);
        };
        page.PageError += (_, error) => open.Errors.Add("page error: " + error);
        page.Request += (_, request) => open.Requests.Add(request.Url);
        await context.RouteAsync(new Regex("^(https?|wss?|ftp):"), route =>
        {
            open.Requests.Add("blocked " + route.Request.Url);
            return route.AbortAsync();
        });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return open;
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
