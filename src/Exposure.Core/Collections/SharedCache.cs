namespace Exposure.Core.Collections;

/// <summary>
/// A cache that several threads read and add to: the entries are split over shards by hash, each a plain dictionary
/// with its own lock, so that threads seldom wait on each other and an addition costs a dictionary insertion. A value
/// once added is never replaced.
/// </summary>
public sealed class SharedCache<TKey, TValue>
    where TKey : notnull
{
    private const int ShardCount = 32;

    private readonly Shard[] _shards;
    private readonly IEqualityComparer<TKey> _comparer;
    private int _count;

    public SharedCache(IEqualityComparer<TKey>? comparer = null)
    {
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
        _shards = new Shard[ShardCount];
        for (var i = 0; i < ShardCount; i++) _shards[i] = new Shard(_comparer);
    }

    /// <summary>How many entries were added (read without waiting; exact once no thread adds).</summary>
    public int Count => Volatile.Read(ref _count);

    public bool TryGetValue(TKey key, out TValue value)
    {
        var shard = ShardOf(key);
        lock (shard.Lock) return shard.Entries.TryGetValue(key, out value!);
    }

    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    /// <summary>The value kept for <paramref name="key"/>: the one added before, or else <paramref name="value"/>, which is then kept.</summary>
    public TValue GetOrAdd(TKey key, TValue value)
    {
        var shard = ShardOf(key);
        lock (shard.Lock)
        {
            if (shard.Entries.TryGetValue(key, out var kept)) return kept;
            shard.Entries.Add(key, value);
        }
        Interlocked.Increment(ref _count);
        return value;
    }

    private Shard ShardOf(TKey key) => _shards[(uint)_comparer.GetHashCode(key) % ShardCount];

    private sealed class Shard(IEqualityComparer<TKey> comparer)
    {
        public Lock Lock { get; } = new();
        public Dictionary<TKey, TValue> Entries { get; } = new(comparer);
    }
}
