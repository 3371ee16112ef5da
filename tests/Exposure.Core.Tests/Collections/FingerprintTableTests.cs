using Exposure.Core.Collections;

namespace Exposure.Core.Tests.Collections;

/// <summary>The cache of securities by fingerprint: every key added is found with its first value, from any number of threads.</summary>
public sealed class FingerprintTableTests
{
    [Fact]
    public void Every_key_added_is_found_with_its_first_value_and_no_other_key_is()
    {
        var table = new FingerprintTable<string>();
        var random = new Random(7);
        var keys = new HashSet<UInt128>();
        while (keys.Count < 20_000) keys.Add(new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64()));
        // Keys that share their low bits, or their top bits, land on the same slot or the same shard.
        for (ulong i = 1; i <= 500; i++)
        {
            keys.Add(new UInt128(i, 42));
            keys.Add(new UInt128(ulong.MaxValue, i << 32));
        }
        keys.Add(UInt128.Zero);

        foreach (var key in keys)
        {
            var value = key.ToString();
            Assert.Same(value, table.GetOrAdd(key, value));
        }
        foreach (var key in keys) Assert.Equal(key.ToString(), table.GetOrAdd(key, "later"));
        Assert.Equal(keys.Count, table.Count);
        foreach (var key in keys)
        {
            Assert.True(table.TryGetValue(key, out var value));
            Assert.Equal(key.ToString(), value);
        }
        for (var i = 0; i < 5_000; i++)
        {
            var absent = new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64());
            if (keys.Contains(absent)) continue;
            Assert.False(table.TryGetValue(absent, out _));
        }
    }

    [Fact]
    public void Threads_adding_the_same_keys_at_once_all_get_the_value_kept()
    {
        var table = new FingerprintTable<object>();
        var keys = Enumerable.Range(0, 50_000).Select(i => new UInt128((ulong)i * 0x9E3779B97F4A7C15, (ulong)i)).ToArray();
        var kept = new object[4][];
        Parallel.For(0, 4, t =>
        {
            kept[t] = new object[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                var k = (i * 7 + t * 13) % keys.Length;
                kept[t][k] = table.GetOrAdd(keys[k], new object());
            }
        });
        Assert.Equal(keys.Length, table.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryGetValue(keys[i], out var value));
            for (var t = 0; t < 4; t++) Assert.Same(value, kept[t][i]);
        }
    }
}
