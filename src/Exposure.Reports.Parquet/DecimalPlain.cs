using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>
/// DECIMAL(38, 12) values as FIXED_LEN_BYTE_ARRAY(16): the unscaled integer (<see cref="ParquetTable{TRow}.Unscaled"/>)
/// in sixteen bytes, big-endian two's complement; ordered as signed numbers. Rounding keeps order, so the least and
/// greatest of a chunk are those of its decimals.
/// </summary>
internal readonly struct DecimalPlain : IPlainEncoding<decimal>
{
    public static int Width => 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(ReadOnlySpan<decimal> values, Span<byte> into)
    {
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteInt128BigEndian(into.Slice(16 * i, 16), ParquetTable<int>.Unscaled(values[i]));
    }

    public static Statistics Statistics(ReadOnlySpan<decimal> values, long nullCount)
    {
        if (values.IsEmpty) return new Statistics(nullCount);
        decimal min = values[0], max = values[0];
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        return new Statistics(nullCount, Bytes(min), Bytes(max));
    }

    private static byte[] Bytes(decimal value)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteInt128BigEndian(bytes, ParquetTable<int>.Unscaled(value));
        return bytes;
    }
}
