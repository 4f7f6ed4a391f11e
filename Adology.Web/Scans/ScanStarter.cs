using Adology.Modules.Contracts;
using Adology.Web.Endpoints;
using Adology.Web.Hosting;
using FluentValidation;

namespace Adology.Web.Scans;

/// <summary>
/// Starting a scan, the same way for <c>POST /api/scans</c> and the hub's <c>StartScan</c>: the user's
/// rate limit, then validation (nothing written when invalid), then the scan.
/// </summary>
internal sealed class ScanStarter(
    IScans scans,
    IValidator<StartScanRequest> validator,
    [FromKeyedServices(RateLimiting.ScanStarts)] PerMinuteLimiter<Guid> limiter)
{
    public async Task<ScanStart> StartAsync(Viewer viewer, StartScanRequest request, CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(viewer.UserId) is { } wait)
        {
            return new ScanStart(null, null, wait);
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return new ScanStart(null, ValidationErrors.ByField(validation), null);
        }

        return new ScanStart(await scans.StartAsync(viewer.UserId, request, cancellationToken), null, null);
    }
}
