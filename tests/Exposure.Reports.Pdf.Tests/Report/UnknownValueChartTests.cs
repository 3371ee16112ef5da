using Exposure.Reports.Pdf.Layout;
using Exposure.Reports.Pdf.Report;

namespace Exposure.Reports.Pdf.Tests.Report;

/// <summary>
/// A named company whose value held could not be read (the illustrative fund's Foxconn Industrial Internet row): both
/// charts of companies by value list it without a bar and say why, and its own box says the value is unknown.
/// </summary>
public sealed class UnknownValueChartTests
{
    private const string Foxconn = "Foxconn Industrial Internet Co., Ltd.";

    private static readonly Lazy<LayoutResult> Illustrative = new(() =>
        new PdfReportRenderer(new PdfReportOptions(), TestFonts.Set).Compose(Reports.Illustrative).Layout());

    private static List<string> Text(string from, string? to) => Blocks.ReadingText(Layouts.Between(Illustrative.Value, from, to)).ToList();

    [Fact]
    public void The_model_has_a_named_company_whose_value_is_unknown()
    {
        var foxconn = Assert.Single(Reports.Illustrative.Companies, c => c.NameEn == Foxconn);
        Assert.Null(foxconn.TotalValue);
        Assert.Contains(Reports.Illustrative.Companies, c => c.TotalValue is not null);
    }

    [Fact]
    public void The_summary_s_chart_and_the_chart_by_company_both_list_it_without_a_bar_and_say_so()
    {
        var said = $"The value held in {Foxconn} is unknown (a value of its holdings could not be read): it is listed without a bar, and where it would rank is not known.";
        foreach (var (from, to) in new[] { ("Executive summary", ChartsSection.Title), (ChartsSection.Title, "By category of allegation") })
        {
            var text = Text(from, to);
            Assert.Contains($"{Foxconn} | value unknown", text);
            Assert.Contains(text, line => line.Contains(said, StringComparison.Ordinal));
            Assert.DoesNotContain(text, line => line.StartsWith("No chart", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Its_box_gives_the_value_held_as_unknown()
    {
        var box = Text(Foxconn, null).TakeWhile(line => !line.StartsWith($"Where {Foxconn}", StringComparison.Ordinal)).ToList();
        var value = Assert.Single(box, line => line.Contains("Value held, all funds", StringComparison.Ordinal));
        Assert.Contains("unknown", value, StringComparison.Ordinal);
    }
}
