using Exposure.Reports.Html.Markup;

namespace Exposure.Reports.Html.Tests.Markup;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Smith & Sons \"A\" 'B'", "Smith &amp; Sons &quot;A&quot; &#39;B&#39;")]
    [InlineData("紫金矿业 ئۇيغۇر", "紫金矿业 ئۇيغۇر")]
    [InlineData("bell\u0007 and del\u007F", "bell\uFFFD and del\uFFFD")]
    [InlineData("non-character \uFFFE", "non-character \uFFFD")]
    [InlineData("emoji 😀 stays", "emoji 😀 stays")]
    [InlineData("tab\tline\nfeed", "tab\tline\nfeed")]
    public void Encodes_markup_and_replaces_what_HTML_does_not_allow(string text, string expected) =>
        Assert.Equal(expected, HtmlText.Encode(text));

    [Fact]
    public void Lone_surrogates_become_the_replacement_character()
    {
        var lone = "lone " + (char)0xD800 + " high, lone " + (char)0xDC00 + " low";
        Assert.Equal("lone \uFFFD high, lone \uFFFD low", HtmlText.Encode(lone));
    }

    [Theory]
    [InlineData("https://www.dhs.gov/uflpa-entity-list", true)]
    [InlineData("http://example.org/report.pdf", true)]
    [InlineData("  https://example.org/x  ", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("//example.org/x", false)]
    [InlineData("report.pdf", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_http_and_https_addresses_are_links(string? url, bool expected) =>
        Assert.Equal(expected, HtmlText.IsWebUrl(url));

    [Theory]
    [InlineData("zijin-mining", "company-zijin-mining")]
    [InlineData("Hon Hai / Foxconn", "company-hon-hai-foxconn")]
    [InlineData("海康", "company-x")]
    [InlineData("a\"><script>", "company-a-script")]
    public void Fragment_identifiers_hold_only_letters_digits_and_hyphens(string value, string expected) =>
        Assert.Equal(expected, HtmlText.Id("company", value));
}
