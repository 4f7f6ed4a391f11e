namespace Adology.Modules.Contracts;

/// <summary>Scan jobs as the API and the hub use them.</summary>
public interface IScans
{
    /// <summary>Records a new scan (already validated) and starts its pipeline, or refuses it when its owner is over a quota.</summary>
    Task<ScanAdmission> StartAsync(Viewer owner, StartScanRequest request, CancellationToken cancellationToken);

    /// <summary>The scan, or null when it does not exist or the viewer may not see it.</summary>
    Task<ScanView?> FindAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken);

    /// <summary>The viewer's scans (all of them for an admin), newest first.</summary>
    Task<Page<ScanView>> ListAsync(Viewer viewer, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The scan's current state and last event number, or null when the viewer may not see it.</summary>
    Task<JobState?> StateAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken);

    /// <summary>Cancels an unfinished scan: its in-flight work on this host stops and nothing of it is committed.</summary>
    Task<CancelOutcome> CancelAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken);

    /// <summary>The viewer's scans in figures, answered straight from the database.</summary>
    Task<ScanFigures> FiguresAsync(Viewer viewer, CancellationToken cancellationToken);

    /// <summary>The scan's failed items with their reasons, in ordinal order; null when the viewer may not see the scan.</summary>
    Task<Page<FailedItem>?> FailuresAsync(Guid scanId, Viewer viewer, PageRequest page, CancellationToken cancellationToken);
}
