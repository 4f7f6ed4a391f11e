using Adology.Modules.Ai.Analysis;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Ai;

/// <summary>
/// AnalyzeBrand → analyses the committed brand (duplicates, near-duplicates, platform and format mix,
/// what is new), stores the result and completes the scan, in one transaction; reports COMPLETE.
/// </summary>
internal sealed class AnalyzeBrandConsumer(
    AdologyDb db,
    IScanLedger ledger,
    IScanItems items,
    ICatalogue catalogue,
    Analyses analyses,
    IScanProgress progress,
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
            return;
        }

        var scanItems = await items.ReadAcquiredAsync(scan.ScanId, cancellationToken);
        var brand = await catalogue.ReadBrandAsync(scan.OwnerId, scan.Brand, cancellationToken);
        var analysis = BrandAnalyzer.Analyze(scan, scanItems, brand, options.Value.NearDuplicateDistance, clock.GetUtcNow());
        await db.InTransactionAsync(
            async () =>
            {
                await analyses.SaveAsync(scan, analysis, cancellationToken);
                await ledger.CompleteAsync(scan.ScanId, analysis.Summary, cancellationToken);
                return true;
            },
            cancellationToken);
        var complete = new { creatives = analysis.Creatives, newCreatives = analysis.NewCreatives, summary = analysis.Summary };
        await progress.ReportAsync(scan.ScanId, ProgressType.Complete, complete, cancellationToken);
    }
}
