using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Enriching;
using MassTransit;

namespace Adology.Modules.Enrich;

/// <summary>
/// EnrichScan → runs the models over the scan's creatives that miss their enrichment (<see cref="ScanEnricher"/>);
/// when all are done, moves the scan to analyzing and publishes AnalyzeBrand. A scan cancelled meanwhile stops between
/// batches; a message whose time slice ran out hands the rest to a new EnrichScan; a redelivered message finds what
/// is stored and does the rest, or finds the scan no longer enriching and does nothing.
/// </summary>
internal sealed class EnrichScanConsumer(
    IScanLedger ledger, ScanEnricher enricher, ActiveModels models, IScanCancellation cancellation, IScanProgress progress)
    : IConsumer<EnrichScan>
{
    public async Task Consume(ConsumeContext<EnrichScan> context)
    {
        var cancellationToken = context.CancellationToken;
        var scanId = context.Message.ScanId;
        var scan = await ledger.BeginEnrichmentAsync(scanId, cancellationToken);
        if (scan is null)
        {
            return;
        }

        var outcome = models.None ? EnrichOutcome.Finished : await enricher.EnrichAsync(scan, models, cancellation.TokenFor(scanId), cancellationToken);
        if (outcome == EnrichOutcome.Sliced)
        {
            await context.Publish(new EnrichScan(scanId), cancellationToken);
        }
        else if (outcome == EnrichOutcome.Finished && await ledger.MarkEnrichedAsync(scanId, cancellationToken))
        {
            // Marks the end of commit and enrichment: the commit left this event to the phase, which may take no time at all.
            await progress.ReportAsync(scanId, ProgressType.Progress, null, cancellationToken);
            await context.Publish(new AnalyzeBrand(scanId), cancellationToken);
        }
    }
}
