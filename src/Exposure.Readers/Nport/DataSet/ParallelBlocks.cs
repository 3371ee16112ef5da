using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// Blocks made one after the other on one thread (a table decompressed a block of lines at a time), worked on by several
/// threads at once, and given back in the order they were made, each once its work is done: what the taker sees does not
/// depend on the number of threads or their timing. At most <c>2 × workers + 2</c> blocks are under way at once, so
/// memory stays bounded however fast the making is. An error making a block, or working on one, is raised where that
/// block would have been given.
/// </summary>
internal sealed class ParallelBlocks<TBlock> : IDisposable where TBlock : class
{
    private sealed class Slot(TBlock? block, ExceptionDispatchInfo? error)
    {
        public TBlock? Block { get; } = block;
        public ExceptionDispatchInfo? Error { get; set; } = error;
        public ManualResetEventSlim Done { get; } = new();
    }

    private readonly BlockingCollection<Slot> _ordered;
    private readonly BlockingCollection<Slot> _work = new(new ConcurrentQueue<Slot>());
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<TBlock?> _make;
    private readonly Action<TBlock, int> _process;
    private readonly Thread _maker;
    private readonly Thread[] _workers;

    /// <param name="make">Makes the next block, or null at the end; called on one thread, one block after the other.</param>
    /// <param name="process">Works on a block, on one of the worker threads; the second argument is the worker's number, 0 to <paramref name="workers"/> − 1, for state kept per thread.</param>
    /// <param name="workers">Worker threads; at least one.</param>
    /// <param name="name">How the threads are named.</param>
    public ParallelBlocks(Func<TBlock?> make, Action<TBlock, int> process, int workers, string name)
    {
        workers = Math.Max(1, workers);
        _make = make;
        _process = process;
        _ordered = new BlockingCollection<Slot>(new ConcurrentQueue<Slot>(), 2 * workers + 2);
        _maker = new Thread(Make) { IsBackground = true, Name = name + " reader" };
        _workers = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            var number = w;
            _workers[w] = new Thread(() => Work(number)) { IsBackground = true, Name = string.Create(CultureInfo.InvariantCulture, $"{name} {number + 1}") };
        }
        _maker.Start();
        foreach (var t in _workers) t.Start();
    }

    /// <summary>The blocks, worked on, in the order they were made; taken once.</summary>
    public IEnumerable<TBlock> Take()
    {
        foreach (var slot in _ordered.GetConsumingEnumerable(_stop.Token))
        {
            slot.Done.Wait(_stop.Token);
            slot.Done.Dispose();
            slot.Error?.Throw();
            yield return slot.Block!;
        }
    }

    private void Make()
    {
        try
        {
            while (true)
            {
                Slot slot;
                try
                {
                    if (_make() is not { } block) break;
                    slot = new Slot(block, null);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    var failed = new Slot(null, ExceptionDispatchInfo.Capture(e));
                    failed.Done.Set();
                    _ordered.Add(failed, _stop.Token);
                    break;
                }
                _ordered.Add(slot, _stop.Token);
                _work.Add(slot, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _ordered.CompleteAdding();
            _work.CompleteAdding();
        }
    }

    private void Work(int number)
    {
        try
        {
            foreach (var slot in _work.GetConsumingEnumerable(_stop.Token))
            {
                try
                {
                    _process(slot.Block!, number);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    slot.Error = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    slot.Done.Set();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _maker.Join();
        foreach (var t in _workers) t.Join();
        _ordered.Dispose();
        _work.Dispose();
        _stop.Dispose();
    }
}
