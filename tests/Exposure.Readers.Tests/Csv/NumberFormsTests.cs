using Exposure.Readers.Csv;

namespace Exposure.Readers.Tests.Csv;

/// <summary>What one value's form says of the decimal separator it is written with.</summary>
public sealed class NumberFormsTests
{
    [Theory]
    [InlineData("1,234.56")]
    [InlineData("1,234,567")]
    [InlineData("12,34,567")]
    [InlineData("12.5")]
    [InlineData("0.25")]
    [InlineData("0.250")]
    [InlineData("1234.567")]
    [InlineData("-1,234.5")]
    [InlineData("(1,234.50)")]
    [InlineData("4.15%")]
    [InlineData("£830,000.00")]
    [InlineData("830,000.00 GBP")]
    [InlineData("1.2bn")]
    [InlineData(".5")]
    [InlineData("1 234.567")]
    public void A_decimal_point_form(string text) => Assert.Equal(NumberForm.DecimalPoint, NumberForms.Of(text));

    [Theory]
    [InlineData("1.234,56")]
    [InlineData("1.234.567")]
    [InlineData("12,5")]
    [InlineData("0,25")]
    [InlineData("0,250")]
    [InlineData("1234,567")]
    [InlineData("-1.234,5")]
    [InlineData("1 234,56")]
    [InlineData("1\u00A0234,567")]
    [InlineData("4,15 %")]
    [InlineData("830.000,00 EUR")]
    public void A_decimal_comma_form(string text) => Assert.Equal(NumberForm.DecimalComma, NumberForms.Of(text));

    [Theory]
    [InlineData("250.000")]
    [InlineData("1.500")]
    [InlineData("1,500")]
    [InlineData("250,000")]
    [InlineData("-999.999")]
    [InlineData("€250.000")]
    public void A_form_that_could_be_either(string text) => Assert.Equal(NumberForm.Either, NumberForms.Of(text));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1234")]
    [InlineData("640k")]
    [InlineData("1 234")]
    [InlineData("N/A")]
    [InlineData("1.5E+05")]
    [InlineData("2024-03-10")]
    public void A_form_that_says_nothing(string text) => Assert.Equal(NumberForm.Plain, NumberForms.Of(text));
}
