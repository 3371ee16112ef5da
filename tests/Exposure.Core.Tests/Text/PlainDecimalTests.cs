using System.Globalization;
using System.Text;
using Exposure.Core.Text;

namespace Exposure.Core.Tests.Text;

public sealed class PlainDecimalTests
{
    /// <summary>The form CSV files wrote before: the custom format's own output is the definition.</summary>
    private static string Custom(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static TheoryData<string> Edges() =>
    [
        "0", "0.000", "-0", "-0.000", "250", "250.000", "-250.500", "1234567.89", "0.0000000000000000000000000001",
        "-0.0000000000000000000000000001", "79228162514264337593543950335", "-79228162514264337593543950335",
        "7.9228162514264337593543950335", "100", "-100.00", "0.1", "10.10", "1E-5",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edges_read_as_the_custom_format_writes_them(string text)
    {
        var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(Custom(value), PlainDecimal.Format(value));
        Assert.Equal(Custom(value), Utf8(value));
    }

    [Fact]
    public void A_negative_zero_has_no_sign()
    {
        var negativeZero = new decimal(0, 0, 0, isNegative: true, scale: 3);
        Assert.Equal("0", PlainDecimal.Format(negativeZero));
        Assert.Equal("0", Utf8(negativeZero));
    }

    [Fact]
    public void Random_values_of_every_scale_read_as_the_custom_format_writes_them()
    {
        var random = new Random(20261206);
        for (var i = 0; i < 200_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(4) == 0 ? random.Next() : 0,
                isNegative: random.Next(2) == 0, scale: (byte)random.Next(29));
            if (i % 3 == 0) value = decimal.Round(value, random.Next(5));
            Assert.Equal(Custom(value), PlainDecimal.Format(value));
            Assert.Equal(Custom(value), Utf8(value));
        }
    }

    [Fact]
    public void Too_short_a_buffer_is_refused_not_overrun()
    {
        Span<byte> small = stackalloc byte[3];
        Assert.False(PlainDecimal.TryFormat(1234.5m, small, out _));
    }

    private static string Utf8(decimal value)
    {
        Span<byte> bytes = stackalloc byte[PlainDecimal.MaxLength];
        Assert.True(PlainDecimal.TryFormat(value, bytes, out var written));
        return Encoding.ASCII.GetString(bytes[..written]);
    }
}
