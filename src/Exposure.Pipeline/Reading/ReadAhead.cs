using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Exposure.Pipeline.Reading;

/// <summary>
/// Reads files on worker threads while the caller screens what was read: parsing and screening then share the
/// machine's cores. Each worker takes the next file not yet taken, so several files are read at once, but the caller
/// receives every file's items in the file's order and the files in their order, whatever the workers' timing: what the
/// caller does with them is the same as if one thread had read them one after the other. Memory stays bounded: workers
/// run at most <c>workers + 1</c> files ahead of the caller, and at most <see cref="Capacity"/> batches of
/// <see cref="BatchSize"/> items wait for each file. An error reading a file is raised to the caller when it reaches
/// that point.
/// </summary>
internal sealed class ReadAhead<T> : IDisposable
{
    private const int BatchSize = 1024;
    private const int Capacity = 4;

    private readonly int _files;
    private readonly Func<int, IEnumerable<T>> _open;
    private readonly BatchQueue<Batch>?[] _queues;
    private readonly SemaphoreSlim _window;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread[] _threads;
    private int _next = -1;

    /// <param name="files">How many files.</param>
    /// <param name="open">Opens file <c>i</c> as a sequence of items; called on a worker thread, at most once a file, and for several files at once when there are several workers.</param>
    /// <param name="workers">Reading threads; at least one.</param>
    public ReadAhead(int files, Func<int, IEnumerable<T>> open, int workers = 1)
    {
        _files = files;
        _open = open;
        _queues = new BatchQueue<Batch>?[files];
        for (var i = 0; i < files; i++) _queues[i] = new BatchQueue<Batch>(Capacity);
        workers = Math.Clamp(workers, 1, Math.Max(1, files));
        _window = new SemaphoreSlim(workers + 1);
        _threads = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            _threads[w] = new Thread(Produce) { IsBackground = true, Name = string.Create(CultureInfo.InvariantCulture, $"exposure read-ahead {w + 1}") };
            _threads[w].Start();
        }
    }

    /// <summary>The reading threads a run uses by default: one per core, at least one.</summary>
    public static int DefaultWorkers => Math.Max(1, Environment.ProcessorCount);

    /// <summary>The items of file <paramref name="index"/>; files must be taken in order, each to its end.</summary>
    public IEnumerable<T> File(int index)
    {
        var queue = _queues[index] ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"read ahead: file {index} was taken already"));
        var done = false;
        try
        {
            while (true)
            {
                var batch = queue.Take();
                done = batch.Last;
                batch.Error?.Throw();
                foreach (var item in batch.Items) yield return item;
                if (done) yield break;
            }
        }
        finally
        {
            // Its worker has let go of a file once its last batch is taken; otherwise the queue goes with the reader.
            if (done) _queues[index] = null;
            _window.Release();
        }
    }

    private void Produce()
    {
        try
        {
            while (true)
            {
                _window.Wait(_stop.Token);
                var f = Interlocked.Increment(ref _next);
                if (f >= _files) return;
                var queue = _queues[f]!;
                var buffer = new List<T>(BatchSize);
                try
                {
                    foreach (var item in _open(f))
                    {
                        buffer.Add(item);
                        if (buffer.Count < BatchSize) continue;
                        if (!queue.Add(new Batch(buffer.ToArray(), false, null))) return;
                        buffer.Clear();
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (!queue.Add(new Batch(buffer.ToArray(), true, ExceptionDispatchInfo.Capture(e)))) return;
                    continue;
                }
                if (!queue.Add(new Batch(buffer.ToArray(), true, null))) return;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var q in _queues) q?.Stop();
        foreach (var t in _threads) t.Join();
        _stop.Dispose();
        _window.Dispose();
    }

    private sealed record Batch(T[] Items, bool Last, ExceptionDispatchInfo? Error);
}
