using System.Numerics;
using System.Runtime.CompilerServices;

namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// Parquet's RLE/bit-packed hybrid, for definition levels and dictionary indices: a value repeated at least eight
/// times is one run (a varint header of the count shifted left once, then the value in as few whole bytes as its bit
/// width needs); other values go in bit-packed runs of groups of eight (a varint header of the groups shifted left
/// once with the low bit set, then the values packed least significant bit first). Only the last group of all may be
/// padded, with zeros; a bit-packed run holds at most 63 groups, so that its header is one byte.
/// </summary>
internal static class RleBitPackedEncoder
{
    private const int MaxGroupsPerRun = 63;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Encode<T>(ReadOnlySpan<T> values, int bitWidth, ByteBuffer output) where T : unmanaged, IBinaryInteger<T>
    {
        var i = 0;
        while (i < values.Length)
        {
            var run = RunLength(values, i, int.MaxValue);
            if (run >= 8)
            {
                Repeated(uint.CreateTruncating(values[i]), run, bitWidth, output);
                i += run;
                continue;
            }
            var start = i;
            var groups = 0;
            do
            {
                i += 8;
                groups++;
            }
            while (i < values.Length && groups < MaxGroupsPerRun && RunLength(values, i, 8) < 8);
            i = Math.Min(i, values.Length);
            BitPacked(values[start..i], groups, bitWidth, output);
        }
    }

    /// <summary>How many values from <paramref name="start"/> equal the first, counting no further than <paramref name="limit"/>.</summary>
    private static int RunLength<T>(ReadOnlySpan<T> values, int start, int limit) where T : unmanaged, IBinaryInteger<T>
    {
        var first = values[start];
        var end = (int)Math.Min(values.Length, (long)start + limit);
        var i = start + 1;
        while (i < end && values[i] == first) i++;
        return i - start;
    }

    private static void Repeated(uint value, int count, int bitWidth, ByteBuffer output)
    {
        Varint((uint)count << 1, output);
        for (var b = 0; b < (bitWidth + 7) / 8; b++) output.Add((byte)(value >> (8 * b)));
    }

    private static void BitPacked<T>(ReadOnlySpan<T> values, int groups, int bitWidth, ByteBuffer output) where T : unmanaged, IBinaryInteger<T>
    {
        Varint(((uint)groups << 1) | 1, output);
        var size = groups * bitWidth;
        var into = output.Reserve(size);
        ulong pending = 0;
        var bits = 0;
        var at = 0;
        for (var k = 0; k < groups * 8; k++)
        {
            var value = k < values.Length ? ulong.CreateTruncating(values[k]) : 0UL;
            pending |= value << bits;
            bits += bitWidth;
            while (bits >= 8)
            {
                into[at++] = (byte)pending;
                pending >>= 8;
                bits -= 8;
            }
        }
        output.Advance(size);
    }

    private static void Varint(uint value, ByteBuffer output)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }
        output.Add((byte)value);
    }

    /// <summary>The bits needed for the values 0 to <paramref name="max"/>, at least one.</summary>
    public static int BitWidth(int max) => Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)max));
}
