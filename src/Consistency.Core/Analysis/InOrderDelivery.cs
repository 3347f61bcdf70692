namespace Consistency.Analysis;

/// <summary>
/// Hands items finished in any order, on any thread, to a receiver in index order, one at a time.
/// An item waits only until those before it are done; the thread that finishes the next one due
/// delivers it and any that were waiting behind it, outside the lock, while the other threads go
/// on working. A run's reports can so be written while later articles are still being analysed,
/// and none of them is kept once delivered.
/// </summary>
internal sealed class InOrderDelivery<T>
    where T : class
{
    private readonly T?[] _waiting;
    private readonly Action<T> _receive;
    private readonly Lock _gate = new();
    private int _next;
    private bool _delivering;

    public InOrderDelivery(int count, Action<T> receive)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(receive);
        _waiting = new T?[count];
        _receive = receive;
    }

    /// <summary>How many items the receiver has had.</summary>
    public int Delivered
    {
        get
        {
            lock (_gate)
            {
                return _next;
            }
        }
    }

    /// <summary>Item <paramref name="index"/> is done: it and whatever it was holding back go to the receiver now, unless another thread is delivering (which then takes them).</summary>
    public void Complete(int index, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            if (_waiting[index] is not null || index < _next)
            {
                throw new InvalidOperationException($"item {index} was completed twice");
            }

            _waiting[index] = item;
            if (_delivering || index != _next)
            {
                return;
            }

            _delivering = true;
        }

        Deliver();
    }

    private void Deliver()
    {
        while (true)
        {
            T next;
            lock (_gate)
            {
                if (_next == _waiting.Length || _waiting[_next] is not { } ready)
                {
                    _delivering = false;
                    return;
                }

                next = ready;
                _waiting[_next++] = null;
            }

            try
            {
                _receive(next);
            }
            catch
            {
                lock (_gate)
                {
                    _delivering = false; // another thread may go on delivering; this one reports the failure
                }

                throw;
            }
        }
    }
}
