using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>INT32 values (integers, and dates as days since 1970-01-01): four bytes each, little-endian; ordered as signed integers.</summary>
internal readonly struct Int32Plain : IPlainEncoding<int>
{
    public static int Width => 4;

    public static void Write(ReadOnlySpan<int> values, Span<byte> into)
    {
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(values).CopyTo(into);
            return;
        }
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteInt32LittleEndian(into[(4 * i)..], values[i]);
    }

    public static Statistics Statistics(ReadOnlySpan<int> values, long nullCount)
    {
        if (values.IsEmpty) return new Statistics(nullCount);
        int min = values[0], max = values[0];
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        return new Statistics(nullCount, Bytes(min), Bytes(max));
    }

    private static byte[] Bytes(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
