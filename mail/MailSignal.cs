namespace SozialHub.Mail;

/// <summary>Wakes the sender when a mail was committed, so it goes out now and not at the next poll.</summary>
public sealed class MailSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount > 0)
        {
            return; // already signalled; one wake-up covers every mail committed until then
        }

        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another request signalled in between.
        }
    }

    /// <summary>Waits for a signal or until <paramref name="timeout"/> has passed.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
