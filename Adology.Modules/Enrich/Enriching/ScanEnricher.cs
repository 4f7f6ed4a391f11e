using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Data;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>
/// Enriches a scan's distinct creatives batch by batch, storing each batch before the next, so a crash loses at most
/// one batch and a redelivery does only what is missing. Counts as it goes (PROGRESS, throttled) and stops between
/// batches when the scan is cancelled or the message's time slice is used up. Each batch's on-image text is held to the
/// scan's watch terms as soon as it is stored. Done, it gives the catalogue the on-image text (to search) and the flags
/// it earns.
/// </summary>
internal sealed class ScanEnricher(
    IScanItems items,
    IScanLedger ledger,
    IScanProgress progress,
    IScanMatches matches,
    EnrichmentPlanner planner,
    BatchRunner runner,
    EnrichmentStore store,
    OnImageTextToCatalogue onImageText,
    IOptions<EnrichOptions> options,
    TimeProvider clock)
{
    public async Task<EnrichOutcome> EnrichAsync(ScanWork scan, ActiveModels models, CancellationToken cancelled, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var pictures = ScanPicture.Of(await items.ReadAcquiredAsync(scan.ScanId, cancellationToken));
        var tasks = await planner.PlanAsync(pictures, models, cancellationToken);
        var enriched = pictures.Count - tasks.Count;
        if (!await CountAsync(scan.ScanId, enriched, pictures.Count, announce: true, cancellationToken))
        {
            return EnrichOutcome.Stopped;
        }

        foreach (var batch in tasks.Chunk(options.Value.BatchSize))
        {
            if (cancelled.IsCancellationRequested)
            {
                return EnrichOutcome.Stopped;
            }

            if (enriched > pictures.Count - tasks.Count && clock.GetElapsedTime(started) > options.Value.SliceTime)
            {
                return EnrichOutcome.Sliced;
            }

            var enrichedBatch = await runner.RunAsync(batch, models, cancellationToken);
            await store.SaveAsync(enrichedBatch, models, cancellationToken);
            await MatchAsync(scan.ScanId, batch, enrichedBatch, cancellationToken);
            enriched += batch.Length;
            if (!await CountAsync(scan.ScanId, enriched, pictures.Count, announce: false, cancellationToken))
            {
                return EnrichOutcome.Stopped;
            }
        }

        await onImageText.AddAsync(scan, pictures, models, cancellationToken);
        return EnrichOutcome.Finished;
    }

    private Task MatchAsync(Guid scanId, PictureTask[] batch, EnrichedBatch enriched, CancellationToken cancellationToken)
    {
        var read = enriched.Texts.ToDictionary(text => Convert.ToHexStringLower(text.Sha256), text => text.Text.Text, StringComparer.Ordinal);
        return matches.MatchAsync(
            [.. batch
                .Select(task => (task.Picture, Text: read.GetValueOrDefault(task.Picture.Key) ?? task.StoredText?.Text))
                .Where(picture => !string.IsNullOrWhiteSpace(picture.Text))
                .Select(picture => picture.Picture.Subject(scanId, picture.Text!))],
            cancellationToken);
    }

    /// <param name="announce">The phase's first count: sent at once, so even a phase with nothing to do shows its counts.</param>
    private async Task<bool> CountAsync(Guid scanId, int enriched, int total, bool announce, CancellationToken cancellationToken)
    {
        if (!await ledger.CountEnrichedAsync(scanId, enriched, total, cancellationToken))
        {
            return false;
        }

        if (announce)
        {
            await progress.ReportAsync(scanId, ProgressType.Progress, null, cancellationToken);
        }
        else
        {
            progress.Moved(scanId);
        }

        return true;
    }
}
