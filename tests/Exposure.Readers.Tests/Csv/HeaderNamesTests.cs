using Exposure.Readers.Csv;

namespace Exposure.Readers.Tests.Csv;

public sealed class HeaderNamesTests
{
    [Theory]
    [InlineData("Mkt Val (GBP)", ColumnRole.MarketValue)]
    [InlineData("Market Value (GBP)", ColumnRole.MarketValue)]
    [InlineData("Value (GBP)", ColumnRole.MarketValue)]
    [InlineData("Value (£)", ColumnRole.MarketValue)]
    [InlineData("Market Value USD", ColumnRole.MarketValue)]
    [InlineData("% of Fund", ColumnRole.Weight)]
    [InlineData("% of Net Assets", ColumnRole.Weight)]
    [InlineData("Weight %", ColumnRole.Weight)]
    [InlineData("Weight (%)", ColumnRole.Weight)]
    public void Common_variants_are_known(string header, ColumnRole role) => Assert.Equal(role, HeaderNames.RoleOf(header));

    [Theory]
    [InlineData("Market Value (000s)")]
    [InlineData("Value (USD 000)")]
    public void A_unit_in_parentheses_is_not_taken_for_a_currency(string header) => Assert.Null(HeaderNames.RoleOf(header));

    [Fact]
    public void The_currency_in_the_value_header_is_the_rows_currency()
    {
        var map = ColumnMap.TryDetect(["Security Description", "ISIN Code", "Mkt Val (GBP)", "% of Fund"]);
        Assert.NotNull(map);
        Assert.Equal("GBP", map.ValueCurrency);
        Assert.True(map.Has(ColumnRole.MarketValue) && map.Has(ColumnRole.Weight));
    }

    [Theory]
    [InlineData("Market Value (Local)", "Mkt Val (USD)")]
    [InlineData("Mkt Val (USD)", "Market Value (Local)")]
    [InlineData("Market Value (Local)", "Market Value (USD)")]
    [InlineData("Market Value Local", "Market Value")]
    public void Of_several_value_columns_the_one_in_a_stated_currency_is_read_before_the_local_one(string first, string second)
    {
        var map = ColumnMap.TryDetect(["Security", "Currency", first, second]);
        Assert.NotNull(map);
        Assert.Equal(first.Contains("Local", StringComparison.Ordinal) ? second : first, map.HeaderOf(ColumnRole.MarketValue));
    }

    [Fact]
    public void Of_two_value_columns_neither_local_nor_in_a_currency_the_first_is_read()
    {
        var map = ColumnMap.TryDetect(["Security", "Market Value", "Value"]);
        Assert.Equal("Market Value", map?.HeaderOf(ColumnRole.MarketValue));
    }
}
