using Adology.Modules.Contracts;
using Adology.Modules.Scans.CancelScan;
using Adology.Modules.Scans.GetScan;
using Adology.Modules.Scans.GetScanFigures;
using Adology.Modules.Scans.GetScanState;
using Adology.Modules.Scans.ListScanFailures;
using Adology.Modules.Scans.ListScans;
using Adology.Modules.Scans.StartScan;

namespace Adology.Modules.Scans;

/// <summary><see cref="IScans"/> as the host sees it; each use case is the folder of the same name.</summary>
internal sealed class ScanService(
    StartScanHandler start,
    GetScanHandler get,
    ListScansHandler list,
    GetScanStateHandler state,
    CancelScanHandler cancel,
    GetScanFiguresHandler figures,
    ListScanFailuresHandler failures)
    : IScans
{
    public Task<ScanAdmission> StartAsync(Viewer owner, StartScanRequest request, CancellationToken cancellationToken) =>
        start.HandleAsync(owner, request, cancellationToken);

    public Task<ScanView?> FindAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken) =>
        get.HandleAsync(scanId, viewer, cancellationToken);

    public Task<Page<ScanView>> ListAsync(Viewer viewer, PageRequest page, CancellationToken cancellationToken) =>
        list.HandleAsync(viewer, page, cancellationToken);

    public Task<JobState?> StateAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken) =>
        state.HandleAsync(scanId, viewer, cancellationToken);

    public Task<CancelOutcome> CancelAsync(Guid scanId, Viewer viewer, CancellationToken cancellationToken) =>
        cancel.HandleAsync(scanId, viewer, cancellationToken);

    public Task<ScanFigures> FiguresAsync(Viewer viewer, CancellationToken cancellationToken) =>
        figures.HandleAsync(viewer, cancellationToken);

    public Task<Page<FailedItem>?> FailuresAsync(Guid scanId, Viewer viewer, PageRequest page, CancellationToken cancellationToken) =>
        failures.HandleAsync(scanId, viewer, page, cancellationToken);
}
