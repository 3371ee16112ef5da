using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet.Tests.Format;

public sealed class RleBitPackedEncoderTests
{
    private static byte[] Encode(int bitWidth, params int[] values)
    {
        var buffer = new ByteBuffer();
        RleBitPackedEncoder.Encode<int>(values, bitWidth, buffer);
        return buffer.Written.ToArray();
    }

    [Fact]
    public void Eight_or_more_repeats_are_one_run_of_the_count_shifted_left_and_the_value()
    {
        Assert.Equal(new byte[] { 0x14, 0x01 }, Encode(1, Enumerable.Repeat(1, 10).ToArray()));
        // 100,000 times 0: count << 1 = 200,000 as a varint (0xC0 0x9A 0x0C).
        Assert.Equal(new byte[] { 0xC0, 0x9A, 0x0C, 0x00 }, Encode(1, new int[100_000]));
        // A value of nine bits takes two bytes, little-endian: 300 = 0x2C 0x01.
        Assert.Equal(new byte[] { 0x12, 0x2C, 0x01 }, Encode(9, Enumerable.Repeat(300, 9).ToArray()));
    }

    /// <summary>The example of the format's documentation: 0 to 7 in three bits.</summary>
    [Fact]
    public void Other_values_are_packed_eight_at_a_time_least_significant_bit_first() =>
        Assert.Equal(new byte[] { 0x03, 0x88, 0xC6, 0xFA }, Encode(3, 0, 1, 2, 3, 4, 5, 6, 7));

    [Fact]
    public void Only_the_last_group_is_padded_with_zeros() =>
        // 1, 0, 1 then five padding zeros: 0b0000_0101.
        Assert.Equal(new byte[] { 0x03, 0x05 }, Encode(1, 1, 0, 1));

    [Fact]
    public void A_run_follows_a_packed_group_and_a_packed_group_follows_a_run()
    {
        // 1, then nine 0s: too few 0s after the first group for a run, so one packed run of two groups (header 2 << 1 | 1),
        // the second padded.
        Assert.Equal(new byte[] { 0x05, 0x01, 0x00 }, Encode(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        // 1, then sixteen 0s: the first group packed, the nine 0s after it a run.
        Assert.Equal(new byte[] { 0x03, 0x01, 0x12, 0x00 }, Encode(1, [1, .. new int[16]]));
        // Eight 0s as a run, then 1, 0, 1 packed.
        Assert.Equal(new byte[] { 0x10, 0x00, 0x03, 0x05 }, Encode(1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1));
        // A packed group of eight, then twelve 1s as a run.
        Assert.Equal(new byte[] { 0x03, 0x55, 0x18, 0x01 }, Encode(1, [1, 0, 1, 0, 1, 0, 1, 0, .. Enumerable.Repeat(1, 12)]));
    }

    [Fact]
    public void A_packed_run_holds_at_most_63_groups()
    {
        var alternating = Enumerable.Range(0, 1000).Select(i => i % 2).ToArray();
        var bytes = Encode(1, alternating);
        // 504 values (63 groups, header 0x7F, 63 bytes of 0xAA), then 496 values (62 groups, header 0x7D, 62 bytes).
        Assert.Equal(new byte[] { 0x7F }.Concat(Enumerable.Repeat((byte)0xAA, 63)).Append((byte)0x7D).Concat(Enumerable.Repeat((byte)0xAA, 62)), bytes);
    }

    [Fact]
    public void Sixteen_bit_values_pack_into_two_bytes_each() =>
        Assert.Equal(new byte[] { 0x03, 0x01, 0x00, 0x02, 0x00, 0xFF, 0xFF, 0x00, 0x80, 0, 0, 0, 0, 0, 0, 0, 0 }, Encode(16, 1, 2, 65535, 32768));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(255, 8)]
    [InlineData(256, 9)]
    [InlineData(65535, 16)]
    [InlineData(65536, 17)]
    public void The_bit_width_of_dictionary_numbers_fits_the_largest(int max, int width) => Assert.Equal(width, RleBitPackedEncoder.BitWidth(max));
}
