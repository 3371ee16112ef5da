using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// The distinct text values of a column chunk, numbered in the order they first occur, each kept as where its UTF-8
/// bytes lie in the chunk's block (nothing is copied). An open-addressing table finds a value's number.
/// </summary>
internal sealed class TextDictionary
{
    private int[] _slots = new int[1024];
    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];
    private uint[] _hashes = new uint[256];

    public int Count { get; private set; }

    /// <summary>The bytes of the values, without their lengths.</summary>
    public long Bytes { get; private set; }

    public int Start(int index) => _starts[index];

    public int Length(int index) => _lengths[index];

    public void Clear()
    {
        Array.Clear(_slots);
        Count = 0;
        Bytes = 0;
    }

    /// <summary>The number of the value at <paramref name="start"/> in <paramref name="block"/>, added if it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Add(ReadOnlySpan<byte> block, int start, int length)
    {
        var value = block.Slice(start, length);
        var hash = Hash(value);
        var mask = _slots.Length - 1;
        var slot = (int)hash & mask;
        while (true)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0) break;
            if (_hashes[entry] == hash && _lengths[entry] == length && block.Slice(_starts[entry], length).SequenceEqual(value)) return entry;
            slot = (slot + 1) & mask;
        }
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _hashes, Count * 2);
        }
        var index = Count++;
        _starts[index] = start;
        _lengths[index] = length;
        _hashes[index] = hash;
        Bytes += length;
        _slots[slot] = index + 1;
        if (Count * 2 > _slots.Length) Rehash();
        return index;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = (int)_hashes[i] & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = i + 1;
        }
    }

    private static uint Hash(ReadOnlySpan<byte> value)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)value.Length;
        while (value.Length >= 8)
        {
            h = (h ^ MemoryMarshal.Read<ulong>(value)) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 32;
            value = value[8..];
        }
        ulong tail = 0;
        for (var i = 0; i < value.Length; i++) tail |= (ulong)value[i] << (8 * i);
        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 29;
        return (uint)h;
    }
}
