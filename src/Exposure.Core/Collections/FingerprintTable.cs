using System.Runtime.CompilerServices;

namespace Exposure.Core.Collections;

/// <summary>
/// A cache keyed by 128-bit fingerprints that several threads read and add to: the entries are split over shards by
/// the fingerprint's bits, each an open-addressed table (linear probing, at most half full) of key and value side by
/// side, with its own lock. A look-up reads one slot of one array, where a dictionary reads a bucket and then an
/// entry elsewhere: for a cache of hundreds of thousands of securities, looked up for every row of a run, that is one
/// wait on memory instead of two. A value once added is never replaced.
/// </summary>
public sealed class FingerprintTable<TValue>
    where TValue : class
{
    private const int ShardBits = 5;
    private const int ShardCount = 1 << ShardBits;
    private const int InitialCapacity = 64;

    private readonly Shard[] _shards;
    private int _count;

    public FingerprintTable()
    {
        _shards = new Shard[ShardCount];
        for (var i = 0; i < ShardCount; i++) _shards[i] = new Shard();
    }

    /// <summary>How many entries were added (read without waiting; exact once no thread adds).</summary>
    public int Count => Volatile.Read(ref _count);

    public bool TryGetValue(UInt128 key, out TValue value)
    {
        var shard = _shards[ShardOf(key)];
        lock (shard.Lock)
        {
            var slot = shard.Find(key);
            value = shard.Slots[slot].Value!;
            return value is not null;
        }
    }

    /// <summary>The value kept for <paramref name="key"/>: the one added before, or else <paramref name="value"/>, which is then kept.</summary>
    public TValue GetOrAdd(UInt128 key, TValue value)
    {
        var shard = _shards[ShardOf(key)];
        lock (shard.Lock)
        {
            var slot = shard.Find(key);
            if (shard.Slots[slot].Value is { } kept) return kept;
            shard.Add(slot, key, value);
        }
        Interlocked.Increment(ref _count);
        return value;
    }

    /// <summary>The shard: the fingerprint's top bits (a slot is chosen by its low bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShardOf(UInt128 key) => (int)((ulong)(key >> 64) >> (64 - ShardBits));

    private sealed class Shard
    {
        public Lock Lock { get; } = new();
        public Slot[] Slots { get; private set; } = new Slot[InitialCapacity];
        private int _used;

        /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it would go.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Find(UInt128 key)
        {
            var slots = Slots;
            var mask = slots.Length - 1;
            var i = (int)(ulong)key & mask;
            while (true)
            {
                ref var slot = ref slots[i];
                if (slot.Value is null || slot.Key == key) return i;
                i = (i + 1) & mask;
            }
        }

        public void Add(int slot, UInt128 key, TValue value)
        {
            Slots[slot] = new Slot(key, value);
            if (++_used * 2 <= Slots.Length) return;
            var old = Slots;
            Slots = new Slot[old.Length * 2];
            foreach (var entry in old)
                if (entry.Value is not null) Slots[Find(entry.Key)] = entry;
        }
    }

    private readonly record struct Slot(UInt128 Key, TValue? Value);
}
