using Adology.Modules.Platform.Data;
using Adology.Modules.Platform.Metrics;
using Adology.Modules.Scans.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Scans.Queries;

/// <summary>
/// <c>adology.queue.depth</c>: the staged items still pending in acquiring scans, across all hosts. Read when the
/// metrics are collected, with one count query at most every <see cref="CacheFor"/>.
/// </summary>
internal sealed class QueueDepthGauge
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private long depth;
    private DateTimeOffset readAt = DateTimeOffset.MinValue;

    public QueueDepthGauge(PipelineMetrics metrics, IServiceScopeFactory scopes, TimeProvider clock)
    {
        this.scopes = scopes;
        this.clock = clock;
        metrics.Meter.CreateObservableGauge("adology.queue.depth", Read, "{item}", "Staged items still pending in acquiring scans");
    }

    private long Read()
    {
        lock (gate)
        {
            if (clock.GetUtcNow() - readAt >= CacheFor)
            {
                depth = Count();
                readAt = clock.GetUtcNow();
            }

            return depth;
        }
    }

    // Metric callbacks are synchronous; the count uses the (scan_id, ordinal) key of each acquiring scan.
    private long Count()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdologyDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(5));
        return db.Set<ScanItem>().LongCount(item =>
            item.State == ScanItemState.Pending && db.Set<Scan>().Any(scan => scan.Id == item.ScanId && scan.Status == ScanStatus.Acquiring));
    }
}
