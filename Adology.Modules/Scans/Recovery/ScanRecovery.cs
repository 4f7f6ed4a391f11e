using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Scans.Recovery;

/// <summary>
/// Takes the lease of stuck scans (their <c>updated_at</c> moves to now, so a concurrent sweep skips them) and
/// re-publishes the message each one waits for: ScanRequested while queued or gathering, AcquireCreatives for the items
/// still pending while acquiring (in batches, as the gather sends them), CommitBrand while committing, EnrichScan while
/// enriching, AnalyzeBrand while analyzing.
/// Every consumer is idempotent, so a message re-published for work that was only slow changes nothing.
/// </summary>
internal sealed class ScanRecovery(
    AdologyDb db,
    IPublishEndpoint publisher,
    IOptions<RecoveryOptions> options,
    IOptions<ScansOptions> scansOptions,
    TimeProvider clock,
    ILogger<ScanRecovery> logger)
    : IScanRecovery
{
    public Task<int> SweepAsync(CancellationToken cancellationToken) => SweepAsync(options.Value.Lease, cancellationToken);

    public async Task<int> SweepAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var stuck = await TakeStuckAsync(lease, cancellationToken);
        foreach (var (scanId, status) in stuck)
        {
            logger.LogWarning("Resuming scan {ScanId}, stuck while {Status}", scanId, status);
            switch (status)
            {
                case ScanStatuses.Queued or ScanStatuses.Gathering:
                    await publisher.Publish(new ScanRequested(scanId), cancellationToken);
                    break;
                case ScanStatuses.Acquiring:
                    await RepublishPendingAsync(scanId, cancellationToken);
                    break;
                case ScanStatuses.Committing:
                    await publisher.Publish(new CommitBrand(scanId), cancellationToken);
                    break;
                case ScanStatuses.Enriching:
                    await publisher.Publish(new EnrichScan(scanId), cancellationToken);
                    break;
                case ScanStatuses.Analyzing:
                    await publisher.Publish(new AnalyzeBrand(scanId), cancellationToken);
                    break;
            }
        }

        return stuck.Count;
    }

    private async Task<List<(Guid ScanId, string Status)>> TakeStuckAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var command = await db.CommandAsync(
            $"""
            UPDATE scans.scans SET updated_at = @now
            WHERE status IN ({ScanStatusText.SqlList(ScanStatusText.Unfinished)}) AND updated_at <= @stale_before
            RETURNING id, status
            """,
            cancellationToken);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("stale_before", now - lease);
        var stuck = new List<(Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stuck.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return stuck;
    }

    private async Task RepublishPendingAsync(Guid scanId, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"SELECT ordinal FROM scans.scan_items WHERE scan_id = @id AND state = {ScanItemState.Pending:D} ORDER BY ordinal", cancellationToken);
        command.Parameters.AddWithValue("id", scanId);
        var pending = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pending.Add(reader.GetInt32(0));
            }
        }

        await publisher.PublishBatch(scansOptions.Value.AcquireBatches(scanId, pending), cancellationToken);
    }
}
