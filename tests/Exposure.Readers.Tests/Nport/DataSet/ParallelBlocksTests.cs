using Exposure.Readers.Nport.DataSet;

namespace Exposure.Readers.Tests.Nport.DataSet;

public sealed class ParallelBlocksTests
{
    private sealed class Block(int number)
    {
        public int Number { get; } = number;
        public int Squared { get; set; } = -1;
    }

    private static Func<Block?> Counting(int count, Action<int>? onMake = null)
    {
        var next = 0;
        return () =>
        {
            if (next == count) return null;
            onMake?.Invoke(next);
            return new Block(next++);
        };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Blocks_come_back_in_the_order_made_each_worked_on_whatever_the_workers_timing(int workers)
    {
        var random = new ThreadLocal<Random>(() => new Random(Environment.CurrentManagedThreadId));
        using var blocks = new ParallelBlocks<Block>(Counting(500), (b, _) =>
        {
            if (random.Value!.Next(10) == 0) Thread.Sleep(1);
            b.Squared = b.Number * b.Number;
        }, workers, "test");

        var taken = blocks.Take().ToList();

        Assert.Equal(Enumerable.Range(0, 500), taken.Select(b => b.Number));
        Assert.All(taken, b => Assert.Equal(b.Number * b.Number, b.Squared));
    }

    [Fact]
    public void Blocks_under_way_stay_bounded_when_the_taker_is_slow()
    {
        var made = 0;
        var taken = 0;
        var most = 0;
        using var blocks = new ParallelBlocks<Block>(Counting(200, _ =>
        {
            var ahead = Interlocked.Increment(ref made) - Volatile.Read(ref taken);
            InterlockedMax(ref most, ahead);
        }), (_, _) => { }, 2, "test");

        foreach (var _ in blocks.Take())
        {
            Thread.Sleep(1);
            Interlocked.Increment(ref taken);
        }

        Assert.Equal(200, taken);
        // 2 × workers + 2 in the queue, one being made, one just given to the taker.
        Assert.InRange(most, 1, 2 * 2 + 2 + 2);
    }

    [Fact]
    public void An_error_working_on_a_block_is_raised_where_that_block_would_have_been_given()
    {
        using var blocks = new ParallelBlocks<Block>(Counting(100), (b, _) =>
        {
            if (b.Number == 37) throw new InvalidDataException("block 37 is broken");
        }, 2, "test");

        var seen = new List<int>();
        var e = Assert.Throws<InvalidDataException>(() => { foreach (var b in blocks.Take()) seen.Add(b.Number); });

        Assert.Equal("block 37 is broken", e.Message);
        Assert.Equal(Enumerable.Range(0, 37), seen);
    }

    [Fact]
    public void An_error_making_a_block_is_raised_after_the_blocks_made_before_it()
    {
        using var blocks = new ParallelBlocks<Block>(Counting(100, n =>
        {
            if (n == 60) throw new InvalidDataException("line 61 is cut short");
        }), (_, _) => { }, 3, "test");

        var seen = new List<int>();
        var e = Assert.Throws<InvalidDataException>(() => { foreach (var b in blocks.Take()) seen.Add(b.Number); });

        Assert.Equal("line 61 is cut short", e.Message);
        Assert.Equal(Enumerable.Range(0, 60), seen);
    }

    [Fact]
    public async Task Leaving_early_stops_every_thread()
    {
        var blocks = new ParallelBlocks<Block>(Counting(1_000_000), (_, _) => { }, 2, "test");
        var first = blocks.Take().Take(3).Select(b => b.Number).ToList();

        var disposing = Task.Run(blocks.Dispose);

        Assert.Same(disposing, await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Equal([0, 1, 2], first);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current) return;
            current = seen;
        }
    }
}
