using AngleSharp.Html.Parser;
using Exposure.Reports.Html.Markup;

namespace Exposure.Reports.Html.Tests.Markup;

public sealed class ScriptRunsTests
{
    private static AngleSharp.Dom.IElement Written(string text)
    {
        var writer = new HtmlWriter();
        writer.Open("p");
        ScriptRuns.Write(writer, text);
        writer.Close("p");
        return new HtmlParser().ParseDocument(writer.ToString()).QuerySelector("p")!;
    }

    [Theory]
    [InlineData("紫金矿业集团股份有限公司", "zh-Hans")]
    [InlineData("中興通訊股份有限公司", "zh-Hant")]
    [InlineData("鸿海精密工業股份有限公司", "zh-Hant")]
    public void Chinese_names_carry_simplified_or_traditional(string name, string lang)
    {
        var p = Written(name);
        var span = Assert.Single(p.QuerySelectorAll("span"));
        Assert.Equal(lang, span.GetAttribute("lang"));
        Assert.Equal(name, span.TextContent);
    }

    [Fact]
    public void Uyghur_in_Arabic_script_is_isolated_right_to_left()
    {
        const string name = "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى";
        var p = Written("Xinjiang (" + name + ")");
        var bdi = Assert.Single(p.QuerySelectorAll("bdi"));
        Assert.Equal("rtl", bdi.GetAttribute("dir"));
        Assert.Equal("ug", bdi.GetAttribute("lang"));
        Assert.Equal(name, bdi.TextContent);
        Assert.Equal("Xinjiang (" + name + ")", p.TextContent);
    }

    [Fact]
    public void Only_the_Chinese_part_of_a_mixed_name_is_marked()
    {
        var p = Written("iFlytek Co., Ltd. 科大讯飞股份有限公司");
        var span = Assert.Single(p.QuerySelectorAll("span"));
        Assert.Equal("科大讯飞股份有限公司", span.TextContent);
        Assert.Equal("zh-Hans", span.GetAttribute("lang"));
    }

    [Fact]
    public void Latin_names_are_written_as_they_are()
    {
        var p = Written("ZTE Corporation <H>");
        Assert.Empty(p.Children);
        Assert.Equal("ZTE Corporation <H>", p.TextContent);
    }
}
