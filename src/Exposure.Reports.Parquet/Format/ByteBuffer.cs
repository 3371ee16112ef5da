namespace Exposure.Reports.Parquet.Format;

/// <summary>A growable block of bytes written from the front, reused by clearing it.</summary>
internal sealed class ByteBuffer(int capacity = 256)
{
    private byte[] _bytes = new byte[Math.Max(16, capacity)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public ReadOnlyMemory<byte> WrittenMemory => _bytes.AsMemory(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Room for at least <paramref name="size"/> more bytes, to be written then counted with <see cref="Advance"/>.</summary>
    public Span<byte> Reserve(int size)
    {
        if (Length + size > _bytes.Length) Grow(size);
        return _bytes.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public void Add(byte value)
    {
        if (Length == _bytes.Length) Grow(1);
        _bytes[Length++] = value;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
    }

    /// <summary>Overwrites four bytes already written at <paramref name="at"/> with <paramref name="value"/>, little-endian.</summary>
    public void SetInt32(int at, int value) => System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(_bytes.AsSpan(at, 4), value);

    private void Grow(int size)
    {
        var needed = (long)Length + size;
        var capacity = Math.Max(needed, Math.Min(Array.MaxLength, _bytes.Length * 2L));
        if (capacity > Array.MaxLength) throw new InvalidOperationException("a Parquet page or column chunk grew beyond 2 GB");
        Array.Resize(ref _bytes, (int)capacity);
    }
}
