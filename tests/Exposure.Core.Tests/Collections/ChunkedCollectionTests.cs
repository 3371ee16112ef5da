using Exposure.Core.Collections;

namespace Exposure.Core.Tests.Collections;

public sealed class ChunkedCollectionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(2047)]
    [InlineData(2048)]
    [InlineData(2049)]
    [InlineData(10_000)]
    public void Items_come_back_in_the_order_added_whatever_the_count(int count)
    {
        var items = new ChunkedCollection<(decimal Value, decimal Weight)>();
        for (var i = 0; i < count; i++) items.Add((i, -i * 0.5m));

        Assert.Equal(count, items.Count);
        Assert.Equal(Enumerable.Range(0, count).Select(i => ((decimal)i, -i * 0.5m)), items);
    }

    [Fact]
    public void No_chunk_is_large_enough_for_the_large_object_heap()
    {
        var items = new ChunkedCollection<(decimal, decimal)>();
        for (var i = 0; i < 200_000; i++) items.Add((i, i));

        // 200,000 items of 32 bytes in one array would be 6.4 MB on the large object heap; chunks keep to 64 KB each.
        var chunks = (List<(decimal, decimal)[]>)typeof(ChunkedCollection<(decimal, decimal)>)
            .GetField("_chunks", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .GetValue(items)!;
        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(c.Length * 32 <= 65_536, $"a chunk of {c.Length} items"));
    }
}
