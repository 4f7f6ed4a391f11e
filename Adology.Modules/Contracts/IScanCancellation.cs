namespace Adology.Modules.Contracts;

/// <summary>Lets the work of a scan on this host stop as soon as the scan is cancelled.</summary>
public interface IScanCancellation
{
    /// <summary>A token cancelled when the scan is cancelled.</summary>
    CancellationToken TokenFor(Guid scanId);

    /// <summary>
    /// Runs work of the scan with a token that either <paramref name="cancellationToken"/> or the scan's cancellation
    /// cancels: the work's result, or null when the scan was cancelled meanwhile.
    /// </summary>
    Task<T?> UnlessCancelledAsync<T>(Guid scanId, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class;
}
