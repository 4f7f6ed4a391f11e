using Adology.Modules.Contracts;
using Adology.Web.Endpoints;
using Adology.Web.Hosting;
using FluentValidation;

namespace Adology.Web.Scans;

/// <summary>
/// Starting a scan, the same way for <c>POST /api/scans</c>, the upload and the hub's <c>StartScan</c>: the user's
/// rate limit and quotas, then validation (nothing written when invalid), then the scan (whose start counts the quotas
/// again, under the user's lock). An upload is received after the limits and its files checked whole before anything is stored.
/// </summary>
internal sealed class ScanStarter(
    IScans scans,
    IValidator<StartScanRequest> validator,
    IValidator<StartUploadRequest> uploadValidator,
    IUploads uploads,
    IScanQuotas quotas,
    [FromKeyedServices(RateLimiting.ScanStarts)] PerMinuteLimiter<Guid> limiter)
{
    public async Task<ScanStart> StartAsync(Viewer viewer, StartScanRequest request, CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(viewer.UserId) is { } wait)
        {
            return new ScanStart(null, null, wait);
        }

        if (await quotas.StartRefusalAsync(viewer, cancellationToken) is { } overQuota)
        {
            return new ScanStart(null, null, null) { OverQuota = overQuota };
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return new ScanStart(null, ValidationErrors.ByField(validation), null);
        }

        return ScanStart.From(await scans.StartAsync(viewer, request, cancellationToken));
    }

    public async Task<ScanStart> StartUploadAsync(
        Viewer viewer, Func<UploadLimits, CancellationToken, Task<UploadForm>> receive, CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(viewer.UserId) is { } wait)
        {
            return new ScanStart(null, null, wait);
        }

        if (await quotas.StartRefusalAsync(viewer, cancellationToken) is { } overQuota)
        {
            return new ScanStart(null, null, null) { OverQuota = overQuota };
        }

        var form = await receive(uploads.Limits, cancellationToken);
        if (form.Refusal is { } refused)
        {
            return new ScanStart(null, null, null) { Refusal = refused };
        }

        var validation = await uploadValidator.ValidateAsync(new StartUploadRequest(form.Brand, form.Files, form.Watch), cancellationToken);
        if (!validation.IsValid)
        {
            return new ScanStart(null, ValidationErrors.ByField(validation), null);
        }

        var stored = await uploads.StoreAsync(form.Files, cancellationToken);
        if (stored.Refusal is { } refusal)
        {
            return new ScanStart(null, null, null) { Refusal = refusal };
        }

        var request = new StartScanRequest(form.Brand, new ScanSourceRequest(SourceTypes.Upload, null, stored.ListingUrl), form.Watch);
        return ScanStart.From(await scans.StartAsync(viewer, request, cancellationToken));
    }
}
