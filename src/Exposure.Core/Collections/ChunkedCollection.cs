using System.Collections;
using System.Runtime.CompilerServices;

namespace Exposure.Core.Collections;

/// <summary>
/// A list that grows by fixed chunks instead of doubling one array: no array of it is ever large enough for the large
/// object heap, and growing copies nothing. For per-file lists of thousands of items, one per file of a run of thousands,
/// whose doubling arrays would otherwise fill the large object heap and set off full collections.
/// </summary>
public sealed class ChunkedCollection<T> : IReadOnlyCollection<T>
{
    /// <summary>Items per chunk: a chunk is at most 64 KB, under the large object heap's 85,000 bytes.</summary>
    private static readonly int ChunkSize = Math.Max(16, 65_536 / Unsafe.SizeOf<T>());

    private readonly List<T[]> _chunks = [];
    private int _last = ChunkSize;

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (_last == ChunkSize)
        {
            _chunks.Add(new T[Math.Min(ChunkSize, Math.Max(16, Count))]);
            _last = 0;
        }
        var chunk = _chunks[^1];
        if (_last == chunk.Length)
        {
            Array.Resize(ref chunk, Math.Min(ChunkSize, chunk.Length * 2));
            _chunks[^1] = chunk;
        }
        chunk[_last++] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var c = 0; c < _chunks.Count; c++)
        {
            var chunk = _chunks[c];
            var n = c == _chunks.Count - 1 ? _last : ChunkSize;
            for (var i = 0; i < n; i++) yield return chunk[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
