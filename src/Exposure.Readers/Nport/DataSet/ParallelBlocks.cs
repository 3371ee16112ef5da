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
/// <remarks>
/// Every thread waits on one monitor, which blocks without spinning: with as many busy threads as cores, a thread that
/// spins while it waits takes the time of the thread it waits for. Blocks are large, so one lock costs nothing that shows.
/// </remarks>
internal sealed class ParallelBlocks<TBlock> : IDisposable where TBlock : class
{
    private sealed class Slot(TBlock? block, ExceptionDispatchInfo? error)
    {
        public TBlock? Block { get; } = block;
        public ExceptionDispatchInfo? Error { get; set; } = error;
        public bool Done { get; set; }
    }

    private readonly object _lock = new();
    private readonly Queue<Slot> _ordered = new();
    private readonly Queue<Slot> _work = new();
    private readonly int _capacity;
    private readonly Func<TBlock?> _make;
    private readonly Action<TBlock, int> _process;
    private readonly Thread _maker;
    private readonly Thread[] _workers;
    private bool _allMade;
    private bool _stopped;

    /// <param name="make">Makes the next block, or null at the end; called on one thread, one block after the other.</param>
    /// <param name="process">Works on a block, on one of the worker threads; the second argument is the worker's number, 0 to <paramref name="workers"/> − 1, for state kept per thread.</param>
    /// <param name="workers">Worker threads; at least one.</param>
    /// <param name="name">How the threads are named.</param>
    public ParallelBlocks(Func<TBlock?> make, Action<TBlock, int> process, int workers, string name)
    {
        workers = Math.Max(1, workers);
        _make = make;
        _process = process;
        _capacity = 2 * workers + 2;
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
        while (Next() is { } slot)
        {
            slot.Error?.Throw();
            yield return slot.Block!;
        }
    }

    /// <summary>The next block in order once its work is done; null after the last.</summary>
    private Slot? Next()
    {
        lock (_lock)
        {
            while (!_stopped && (_ordered.Count == 0 ? !_allMade : !_ordered.Peek().Done)) Monitor.Wait(_lock);
            if (_stopped) throw new OperationCanceledException();
            if (_ordered.Count == 0) return null;
            var slot = _ordered.Dequeue();
            Monitor.PulseAll(_lock);
            return slot;
        }
    }

    private void Make()
    {
        try
        {
            while (true)
            {
                TBlock? block;
                try
                {
                    block = _make();
                }
                catch (Exception e)
                {
                    lock (_lock)
                    {
                        _ordered.Enqueue(new Slot(null, ExceptionDispatchInfo.Capture(e)) { Done = true });
                    }
                    return;
                }
                if (block is null) return;

                var slot = new Slot(block, null);
                lock (_lock)
                {
                    while (_ordered.Count >= _capacity && !_stopped) Monitor.Wait(_lock);
                    if (_stopped) return;
                    _ordered.Enqueue(slot);
                    _work.Enqueue(slot);
                    Monitor.PulseAll(_lock);
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                _allMade = true;
                Monitor.PulseAll(_lock);
            }
        }
    }

    private void Work(int number)
    {
        while (true)
        {
            Slot slot;
            lock (_lock)
            {
                while (_work.Count == 0 && !_allMade && !_stopped) Monitor.Wait(_lock);
                if (_stopped || _work.Count == 0) return;
                slot = _work.Dequeue();
            }

            ExceptionDispatchInfo? error = null;
            try
            {
                _process(slot.Block!, number);
            }
            catch (Exception e)
            {
                error = ExceptionDispatchInfo.Capture(e);
            }

            lock (_lock)
            {
                slot.Error = error;
                slot.Done = true;
                Monitor.PulseAll(_lock);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _stopped = true;
            Monitor.PulseAll(_lock);
        }
        _maker.Join();
        foreach (var t in _workers) t.Join();
    }
}
