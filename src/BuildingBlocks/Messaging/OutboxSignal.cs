namespace Labor.BuildingBlocks.Messaging;

/// <summary>
/// Wakes this host's dispatcher for <typeparamref name="TContext"/> as soon as an event is committed, so delivery
/// does not wait for the next poll. Other hosts find the row by polling, which is the guarantee; this is the fast path.
/// </summary>
public sealed class OutboxSignal<TContext> : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // The dispatcher is already due to wake: once is enough.
        }
    }

    public void Dispose() => _pending.Dispose();

    internal Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
