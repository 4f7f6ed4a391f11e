using Adology.Modules.Ai.Analysis;
using Adology.Modules.Ai.Similarity;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Platform.Metrics;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Ai;

/// <summary>
/// AnalyzeBrand → analyses the committed brand (duplicates, clusters and their themes and colours, the mix of
/// platforms, formats and sizes, what the copy says, what changed since the previous scan), has the summary
/// written, stores the result and completes the scan in one transaction, then keeps the brand's similarity
/// index warm; reports COMPLETE, with the scan's match count and a signed link to its report.
/// </summary>
internal sealed class AnalyzeBrandConsumer(
    AdologyDb db,
    IScanLedger ledger,
    AnalysisInputs inputs,
    Analyses analyses,
    SummaryWriter summaries,
    SimilarityIndexes indexes,
    IScanProgress progress,
    IScanMatches matches,
    IReportLinks reportLinks,
    PipelineMetrics metrics,
    IOptions<AiOptions> options,
    TimeProvider clock)
    : IConsumer<AnalyzeBrand>
{
    public async Task Consume(ConsumeContext<AnalyzeBrand> context)
    {
        var cancellationToken = context.CancellationToken;
        var scan = await ledger.BeginAnalysisAsync(context.Message.ScanId, cancellationToken);
        if (scan is null)
        {
            await ReportUnreportedAsync(context, cancellationToken);
            return;
        }

        var started = clock.GetTimestamp();
        var result = await AnalyzeAsync(scan, cancellationToken);
        result = result with { Analysis = await summaries.SummarizeAsync(result.Analysis, cancellationToken) };
        var analysis = result.Analysis;
        // The one transaction spans two modules' tables, each written by its owner (the scan through IScanLedger):
        // a scan is completed exactly when its analysis is stored, so no client ever sees a completed scan without one.
        var completed = await db.InTransactionAsync(
            async () =>
            {
                await analyses.SaveAsync(scan, result, cancellationToken);
                return await ledger.CompleteAsync(scan.ScanId, analysis.Summary, cancellationToken);
            },
            cancellationToken);
        if (!completed)
        {
            // Two deliveries of the message both began the analysis; the other completed the scan and reports it.
            return;
        }

        indexes.Put(scan.OwnerId, scan.Brand, scan.ScanId, SimilarCreatives.Index(result));
        metrics.BrandAnalysed(clock.GetElapsedTime(started));
        await ReportAsync(context, scan, analysis, cancellationToken);
    }

    /// <summary>
    /// A retry of a delivery that completed the scan and then failed (counting its matches, sending COMPLETE, publishing)
    /// reports the completion from the stored analysis: the scan is no longer analyzing, so nothing else would.
    /// </summary>
    private async Task ReportUnreportedAsync(ConsumeContext<AnalyzeBrand> context, CancellationToken cancellationToken)
    {
        var scan = await ledger.FindCompletedUnreportedAsync(context.Message.ScanId, cancellationToken);
        if (scan is not null && await analyses.FindAsync(scan.ScanId, cancellationToken) is { } analysis)
        {
            await ReportAsync(context, scan, analysis, cancellationToken);
        }
    }

    /// <summary>
    /// ScanCompleted before COMPLETE: a scan counts as reported once its COMPLETE is in its event log, so a failure
    /// before that repeats both (a notification may come twice, as after any redelivery) rather than lose the alerts.
    /// </summary>
    private async Task ReportAsync(ConsumeContext<AnalyzeBrand> context, ScanWork scan, BrandAnalysis analysis, CancellationToken cancellationToken)
    {
        var totalMatches = await matches.CountAsync(scan.ScanId, cancellationToken);
        // Once, to one host (not ScanEnded, which every host hears): the alerts of the completed scan.
        await context.Publish(
            new ScanCompleted(scan.ScanId, scan.OwnerId, scan.Brand, analysis.Creatives, analysis.NewCreatives, scan.Failed, totalMatches, clock.GetUtcNow()),
            cancellationToken);
        var complete = new
        {
            creatives = analysis.Creatives,
            newCreatives = analysis.NewCreatives,
            clusters = analysis.Clusters.Count,
            summary = analysis.Summary,
            totalMatches,
            totalProcessed = scan.Acquired + scan.Failed,
            downloadUrl = reportLinks.Create(scan.ScanId).Url,
        };
        await progress.ReportAsync(scan.ScanId, ProgressType.Complete, complete, cancellationToken);
    }

    // A method of its own, so the brand's catalogue (every creative with its embeddings) is garbage once the analysis has
    // read it, rather than held by this consumer's state while the index is built and the results are stored.
    private async Task<AnalysisResult> AnalyzeAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var input = await inputs.ReadAsync(scan, cancellationToken);
        return BrandAnalyzer.Analyze(input, AnalyzerSettings.From(options.Value), clock.GetUtcNow());
    }
}
