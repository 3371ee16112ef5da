using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Exposure.Pipeline.Reading;

/// <summary>
/// Reads files on a second thread while the caller screens what was read: parsing and screening then share the
/// machine's cores. Memory stays bounded: at most <see cref="Capacity"/> batches of <see cref="BatchSize"/> items wait.
/// Items of each file come in order; an error reading a file is raised to the caller when it reaches that point.
/// </summary>
internal sealed class ReadAhead<T> : IDisposable
{
    private const int BatchSize = 1024;
    private const int Capacity = 16;

    private readonly BlockingCollection<Batch> _batches = new(Capacity);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    /// <param name="files">How many files.</param>
    /// <param name="open">Opens file <c>i</c> as a sequence of items; called on the reading thread, in order.</param>
    public ReadAhead(int files, Func<int, IEnumerable<T>> open)
    {
        _thread = new Thread(() => Produce(files, open)) { IsBackground = true, Name = "exposure read-ahead" };
        _thread.Start();
    }

    /// <summary>The items of file <paramref name="index"/>; files must be taken in order, each to its end.</summary>
    public IEnumerable<T> File(int index)
    {
        while (true)
        {
            var batch = _batches.Take(_stop.Token);
            if (batch.File != index) throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"read ahead: expected file {index}, got {batch.File}"));
            batch.Error?.Throw();
            foreach (var item in batch.Items) yield return item;
            if (batch.Last) yield break;
        }
    }

    private void Produce(int files, Func<int, IEnumerable<T>> open)
    {
        try
        {
            for (var f = 0; f < files; f++)
            {
                var buffer = new List<T>(BatchSize);
                try
                {
                    foreach (var item in open(f))
                    {
                        buffer.Add(item);
                        if (buffer.Count < BatchSize) continue;
                        _batches.Add(new Batch(f, buffer.ToArray(), false, null), _stop.Token);
                        buffer.Clear();
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _batches.Add(new Batch(f, buffer.ToArray(), true, ExceptionDispatchInfo.Capture(e)), _stop.Token);
                    return;
                }
                _batches.Add(new Batch(f, buffer.ToArray(), true, null), _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
        _batches.Dispose();
    }

    private sealed record Batch(int File, T[] Items, bool Last, ExceptionDispatchInfo? Error);
}
