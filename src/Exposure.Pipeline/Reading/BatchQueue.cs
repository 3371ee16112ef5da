namespace Exposure.Pipeline.Reading;

/// <summary>
/// A bounded first-in, first-out queue between one producing and one consuming thread that blocks without spinning:
/// on a machine with as many busy threads as cores, a thread spinning while it waits takes the time of the thread it
/// waits for.
/// </summary>
internal sealed class BatchQueue<T>(int capacity)
{
    private readonly Queue<T> _items = new(capacity);
    private readonly object _lock = new();
    private bool _stopped;

    /// <summary>Adds an item, waiting while the queue is full; false when the queue was stopped.</summary>
    public bool Add(T item)
    {
        lock (_lock)
        {
            while (_items.Count >= capacity && !_stopped) Monitor.Wait(_lock);
            if (_stopped) return false;
            _items.Enqueue(item);
            Monitor.PulseAll(_lock);
            return true;
        }
    }

    /// <summary>Takes the next item, waiting while the queue is empty; throws <see cref="OperationCanceledException"/> once stopped.</summary>
    public T Take()
    {
        lock (_lock)
        {
            while (_items.Count == 0 && !_stopped) Monitor.Wait(_lock);
            if (_stopped) throw new OperationCanceledException();
            var item = _items.Dequeue();
            Monitor.PulseAll(_lock);
            return item;
        }
    }

    /// <summary>Wakes every waiting thread: adding returns false and taking throws from now on.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            Monitor.PulseAll(_lock);
        }
    }
}
