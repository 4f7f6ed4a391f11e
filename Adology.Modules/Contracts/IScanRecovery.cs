namespace Adology.Modules.Contracts;

/// <summary>
/// Finds scans stuck in flight (no change for longer than the lease, e.g. the host was killed while the
/// in-memory transport held their messages) and re-publishes exactly what is missing.
/// </summary>
public interface IScanRecovery
{
    /// <summary>Sweeps with the configured lease; returns how many scans were resumed.</summary>
    Task<int> SweepAsync(CancellationToken cancellationToken);

    /// <summary>Sweeps scans untouched for longer than <paramref name="lease"/> (zero: every unfinished scan).</summary>
    Task<int> SweepAsync(TimeSpan lease, CancellationToken cancellationToken);
}
