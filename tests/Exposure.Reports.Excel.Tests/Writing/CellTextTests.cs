using Exposure.Reports.Excel.Writing;
using Xunit.Abstractions;

namespace Exposure.Reports.Excel.Tests.Writing;

public sealed class CellTextTests(ITestOutputHelper output)
{
    [Fact]
    public void Control_characters_and_lone_surrogates_are_dropped_and_pairs_kept()
    {
        var text = "a\u0000b\u001Fc\uD800d\uDC00e\uFFFEf\U0001F600g\tT\nN";
        var workbook = Workbooks.Write(writer => writer.AddTableSheet(new TableSheet<string>("Text").Text("T", 20, s => s), [text]));

        Assert.Empty(ReadBack.Validate(workbook, output));
        using var read = new ReadBack(workbook);
        Assert.Equal("abcdef\U0001F600g\tT\nN", read.Text("Text", "A2"));
    }

    [Fact]
    public void Text_is_cut_to_the_excel_cell_limit()
    {
        var workbook = Workbooks.Write(writer => writer.AddTableSheet(new TableSheet<string>("Text").WrappedText("T", 20, s => s), [new string('a', 40_000)]));

        using var read = new ReadBack(workbook);
        Assert.Equal(32_767, read.Text("Text", "A2").Length);
    }

    [Fact]
    public void Empty_text_and_text_of_only_invalid_characters_write_no_cell()
    {
        var workbook = Workbooks.Write(writer => writer.AddTableSheet(new TableSheet<string>("Text").Text("T", 20, s => s), ["", "\u0001\u0002"]));

        using var read = new ReadBack(workbook);
        Assert.Null(read.Cell("Text", "A2"));
        Assert.Null(read.Cell("Text", "A3"));
        Assert.Equal("A1:A3", read.Table("Text").Reference!.Value);
    }

    [Fact]
    public void Hyperlinks_are_only_made_for_absolute_web_and_mail_urls()
    {
        string[] urls = ["mailto:desk@example.org", "file:///etc/passwd", "/relative/path", "not a url", "https://example.org/" + new string('a', 2_100)];
        var sheet = new TableSheet<string>("Links").Hyperlink("Link", 30, url => new CellLink(url, "open"));
        var workbook = Workbooks.Write(writer => writer.AddTableSheet(sheet, urls));

        Assert.Empty(ReadBack.Validate(workbook, output));
        using var read = new ReadBack(workbook);
        Assert.Equal(["mailto:desk@example.org"], read.Sheet("Links").HyperlinkRelationships.Select(link => link.Uri.OriginalString));
        Assert.Equal("open", read.Text("Links", "A2"));
        Assert.Equal(urls[1..4], new[] { "A3", "A4", "A5" }.Select(reference => read.Text("Links", reference)));
    }
}
