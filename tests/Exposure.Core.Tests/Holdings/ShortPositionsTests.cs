using Exposure.Core.Holdings;

namespace Exposure.Core.Tests.Holdings;

public sealed class ShortPositionsTests
{
    [Theory]
    [InlineData("Short", true)]
    [InlineData("SHORT", true)]
    [InlineData(" short ", true)]
    [InlineData("Short position", true)]
    [InlineData("sold short", true)]
    [InlineData("Long", false)]
    [InlineData("Shortfall", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_direction_says_short_when_the_word_short_is_in_it(string? direction, bool isShort) =>
        Assert.Equal(isShort, ShortPositions.SaysShort(direction));

    [Theory]
    [InlineData(InstrumentType.Equity, "Short", "-5", ShortEvidence.Direction)]
    [InlineData(InstrumentType.Equity, "Short", "5", ShortEvidence.Direction)]
    [InlineData(InstrumentType.Debt, "Short", null, ShortEvidence.Direction)]
    [InlineData(InstrumentType.Equity, null, "-5", ShortEvidence.NegativeValue)]
    [InlineData(InstrumentType.Other, "Long", "-5", ShortEvidence.NegativeValue)]
    [InlineData(InstrumentType.Equity, "Long", "5", null)]
    [InlineData(InstrumentType.Equity, null, "0", null)]
    [InlineData(InstrumentType.Equity, null, null, null)]
    [InlineData(InstrumentType.Derivative, "Short", "-5", null)]
    [InlineData(InstrumentType.Derivative, null, "-5", null)]
    public void A_short_is_a_short_direction_or_a_negative_value_and_a_derivative_is_never_one(InstrumentType type, string? direction, string? value, ShortEvidence? expected) =>
        Assert.Equal(expected, ShortPositions.Of(type, direction, value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
