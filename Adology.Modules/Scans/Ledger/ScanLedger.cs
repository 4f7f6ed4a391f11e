using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Adology.Modules.Scans.Ledger;

internal sealed class ScanLedger(AdologyDb db, TimeProvider clock) : IScanLedger
{
    private static readonly string[] Unfinished = [.. ScanStatusText.Unfinished.Select(ScanStatusText.Of)];

    public async Task<ScanWork?> BeginGatherAsync(Guid scanId, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"""
            UPDATE scans.scans SET status = '{ScanStatuses.Gathering}', phase = '{ScanPhases.Gather}', updated_at = @now
            WHERE id = @id AND status IN ({ScanStatusText.SqlList(ScanStatus.Queued, ScanStatus.Gathering)})
            RETURNING {ScanWorkReader.Columns}
            """,
            cancellationToken);
        command.Parameters.AddWithValue("id", scanId);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        return await ScanWorkReader.ReadOneAsync(command, cancellationToken);
    }

    public async Task NoteAsync(Guid scanId, string note, CancellationToken cancellationToken) =>
        await db.Set<Scan>()
            .Where(scan => scan.Id == scanId && scan.Status == ScanStatus.Gathering)
            .ExecuteUpdateAsync(set => set.SetProperty(scan => scan.Message, note).SetProperty(scan => scan.UpdatedAt, clock.GetUtcNow()), cancellationToken);

    public Task<ScanWork?> BeginCommitAsync(Guid scanId, CancellationToken cancellationToken) =>
        FindInStatusAsync(scanId, ScanStatus.Committing, cancellationToken);

    public Task<bool> MarkCommittedAsync(Guid scanId, CancellationToken cancellationToken) =>
        MoveAsync(scanId, ScanStatus.Committing, ScanStatus.Enriching, ScanPhases.Enrich, null, cancellationToken);

    public Task<ScanWork?> BeginEnrichmentAsync(Guid scanId, CancellationToken cancellationToken) =>
        FindInStatusAsync(scanId, ScanStatus.Enriching, cancellationToken);

    public async Task<bool> CountEnrichedAsync(Guid scanId, int enriched, int total, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return 1 == await db.Set<Scan>()
            .Where(scan => scan.Id == scanId && scan.Status == ScanStatus.Enriching)
            .ExecuteUpdateAsync(
                set => set.SetProperty(scan => scan.Enriched, enriched).SetProperty(scan => scan.EnrichTotal, total).SetProperty(scan => scan.UpdatedAt, now),
                cancellationToken);
    }

    public Task<bool> MarkEnrichedAsync(Guid scanId, CancellationToken cancellationToken) =>
        MoveAsync(scanId, ScanStatus.Enriching, ScanStatus.Analyzing, ScanPhases.Analyze, null, cancellationToken);

    public Task<ScanWork?> BeginAnalysisAsync(Guid scanId, CancellationToken cancellationToken) =>
        FindInStatusAsync(scanId, ScanStatus.Analyzing, cancellationToken);

    public async Task<ScanWork?> FindCompletedUnreportedAsync(Guid scanId, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"""
            SELECT {ScanWorkReader.Columns} FROM scans.scans AS s
            WHERE id = @id AND status = '{ScanStatuses.Completed}'
              AND NOT EXISTS (SELECT 1 FROM scans.progress_events AS e WHERE e.scan_id = s.id AND e.type = '{ProgressType.Complete}')
            """,
            cancellationToken);
        command.Parameters.AddWithValue("id", scanId);
        return await ScanWorkReader.ReadOneAsync(command, cancellationToken);
    }

    public Task<bool> CompleteAsync(Guid scanId, string message, CancellationToken cancellationToken) =>
        MoveAsync(scanId, ScanStatus.Analyzing, ScanStatus.Completed, ScanPhases.Done, message, cancellationToken);

    public async Task FailAsync(Guid scanId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var command = await db.CommandAsync(
            $"""
            UPDATE scans.scans SET status = '{ScanStatuses.Failed}', message = @reason, updated_at = @now, completed_at = @now
            WHERE id = @id AND status = ANY(@unfinished)
            """,
            cancellationToken);
        command.Parameters.AddWithValue("id", scanId);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("unfinished", NpgsqlDbType.Array | NpgsqlDbType.Text, Unfinished);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<ScanWork?> FindInStatusAsync(Guid scanId, ScanStatus status, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(
            $"SELECT {ScanWorkReader.Columns} FROM scans.scans WHERE id = @id AND status = @status",
            cancellationToken);
        command.Parameters.AddWithValue("id", scanId);
        command.Parameters.AddWithValue("status", ScanStatusText.Of(status));
        return await ScanWorkReader.ReadOneAsync(command, cancellationToken);
    }

    /// <summary>True when this call moved the scan; false when it was not (or no longer) in <paramref name="from"/>.</summary>
    private async Task<bool> MoveAsync(Guid scanId, ScanStatus from, ScanStatus to, string phase, string? message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? completedAt = to == ScanStatus.Completed ? now : null;
        return 1 == await db.Set<Scan>()
            .Where(scan => scan.Id == scanId && scan.Status == from)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(scan => scan.Status, to)
                    .SetProperty(scan => scan.Phase, phase)
                    // A note of the gathering (NoteAsync) is all a running scan's message holds: the final message keeps it.
                    .SetProperty(scan => scan.Message, scan => message == null ? scan.Message : scan.Message == null ? message : message + " " + scan.Message)
                    .SetProperty(scan => scan.UpdatedAt, now)
                    .SetProperty(scan => scan.CompletedAt, scan => completedAt ?? scan.CompletedAt),
                cancellationToken);
    }
}
