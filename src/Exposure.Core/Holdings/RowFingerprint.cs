using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Exposure.Core.Holdings;

/// <summary>
/// A 128-bit fingerprint (XXH128, seeded) of every field of a row that normalising reads, a derivative's reference
/// instrument aside: rows equal in these fields have equal facts, and equal fingerprints. Each field is written with
/// its length, or as absent, so that no two different rows give the same bytes; the coupon is written with its scale
/// (1.5 and 1.50 are written apart in a security's terms). Safe to use from several threads at once.
/// </summary>
internal sealed class RowFingerprint(long seed)
{
    private const int Absent = -1;

    [ThreadStatic]
    private static byte[]? t_buffer;

    public UInt128 Of(HoldingRow row)
    {
        var size = Text(row.Name) + Text(row.Ticker) + Text(row.ExchangeText) + Text(row.Isin) + Text(row.Cusip) + Text(row.AssetClass)
            + Text(row.Sector) + Text(row.Country) + Text(row.Lei) + Text(row.IssuerName) + Text(row.IssuerType) + Text(row.Title)
            + 1 + 16 + 4 + 1;
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < size) t_buffer = buffer = new byte[Math.Max(size, 1024)];
        var at = 0;
        Put(buffer, ref at, row.Name);
        Put(buffer, ref at, row.Ticker);
        Put(buffer, ref at, row.ExchangeText);
        Put(buffer, ref at, row.Isin);
        Put(buffer, ref at, row.Cusip);
        Put(buffer, ref at, row.AssetClass);
        Put(buffer, ref at, row.Sector);
        Put(buffer, ref at, row.Country);
        Put(buffer, ref at, row.Lei);
        Put(buffer, ref at, row.IssuerName);
        Put(buffer, ref at, row.IssuerType);
        Put(buffer, ref at, row.Title);
        if (row.Coupon is { } coupon)
        {
            buffer[at++] = 1;
            decimal.GetBits(coupon, MemoryMarshal.Cast<byte, int>(buffer.AsSpan(at, 16)));
            at += 16;
        }
        else
        {
            buffer[at++] = 0;
        }
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(at), row.Maturity?.DayNumber ?? Absent);
        at += 4;
        buffer[at++] = row.Convertible ? (byte)1 : (byte)0;
        return XxHash128.HashToUInt128(buffer.AsSpan(0, at), seed);
    }

    private static int Text(string? value) => 4 + (value?.Length ?? 0) * sizeof(char);

    private static void Put(byte[] buffer, ref int at, string? value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(at), value?.Length ?? Absent);
        at += 4;
        if (value is null) return;
        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        bytes.CopyTo(buffer.AsSpan(at));
        at += bytes.Length;
    }
}
