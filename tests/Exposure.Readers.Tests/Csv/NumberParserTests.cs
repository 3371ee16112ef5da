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
    [InlineData("1'234'567.89", 1234567.89)]
    [InlineData("1\u2019234\u2019567.89", 1234567.89)]
    [InlineData("-12'500", -12500)]
    [InlineData("(1'000.5)", -1000.5)]
    [InlineData("999.25", 999.25)]
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
    [InlineData("'1234")]
    [InlineData("12'34")]
    [InlineData("1234'567")]
    [InlineData("1'234'")]
    [InlineData("1'234,567.00")]
    [InlineData("1'234.5'6")]
    [InlineData("O'NEIL")]
    public void Garbage_is_not_a_number(string text) => Assert.False(NumberParser.TryParse(text, out _));
}
