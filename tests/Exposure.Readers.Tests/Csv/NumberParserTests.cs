using Exposure.Readers.Csv;

namespace Exposure.Readers.Tests.Csv;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("1,709,551,563.38", 1709551563.38)]
    [InlineData("-99,211,485.31", -99211485.31)]
    [InlineData("(1,234.50)", -1234.50)]
    [InlineData("4.15%", 4.15)]
    [InlineData(" 12 ", 12)]
    [InlineData("1.5E3", 1500)]
    [InlineData("12,34,567.00", 1234567)]
    public void Parses_numbers_as_files_write_them(string text, double expected)
    {
        Assert.True(NumberParser.TryParse(text, out var v));
        Assert.Equal((decimal)expected, v);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("N/A")]
    public void Empty_markers_parse_to_null(string? text)
    {
        Assert.True(NumberParser.TryParse(text, out var v));
        Assert.Null(v);
    }

    [Theory]
    [InlineData("12x4")]
    [InlineData("12,5OO.00")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("4,15")]
    [InlineData("1,2,3")]
    [InlineData("--500")]
    [InlineData("-(500)")]
    [InlineData("(-500)")]
    [InlineData("(+500)")]
    public void Garbage_is_not_a_number(string text) => Assert.False(NumberParser.TryParse(text, out _));
}
