using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>
/// DOUBLE values: eight bytes each, little-endian. The statistics count NaN apart and leave it out of the least and
/// greatest value; a least value of zero is written -0.0 and a greatest +0.0, as the format asks.
/// </summary>
internal readonly struct DoublePlain : IPlainEncoding<double>
{
    public static int Width => 8;

    public static void Write(ReadOnlySpan<double> values, Span<byte> into)
    {
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(values).CopyTo(into);
            return;
        }
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteDoubleLittleEndian(into[(8 * i)..], values[i]);
    }

    public static Statistics Statistics(ReadOnlySpan<double> values, long nullCount)
    {
        long nan = 0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var any = false;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                nan++;
                continue;
            }
            any = true;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (!any) return new Statistics(nullCount, NanCount: nan);
        return new Statistics(nullCount, Bytes(min == 0 ? -0.0 : min), Bytes(max == 0 ? 0.0 : max), nan);
    }

    private static byte[] Bytes(double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        return bytes;
    }
}
