using System.Buffers.Binary;
using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>DECIMAL(38, 12) values as FIXED_LEN_BYTE_ARRAY(16): the unscaled integer in sixteen bytes, big-endian two's complement; ordered as signed numbers.</summary>
internal readonly struct DecimalPlain : IPlainEncoding<Int128>
{
    public static int Width => 16;

    public static void Write(ReadOnlySpan<Int128> values, Span<byte> into)
    {
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteInt128BigEndian(into.Slice(16 * i, 16), values[i]);
    }

    public static Statistics Statistics(ReadOnlySpan<Int128> values, long nullCount)
    {
        if (values.IsEmpty) return new Statistics(nullCount);
        Int128 min = values[0], max = values[0];
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        return new Statistics(nullCount, Bytes(min), Bytes(max));
    }

    private static byte[] Bytes(Int128 value)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteInt128BigEndian(bytes, value);
        return bytes;
    }
}
