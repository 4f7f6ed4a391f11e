using Adology.Modules.Ai.Models;
using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>Reads what a brand analysis needs: the scan's items, the brand's catalogue, the previous analysed scan.</summary>
internal sealed class AnalysisInputs(IScanItems items, ICatalogue catalogue, Analyses analyses, LocalEmbeddings local)
{
    public async Task<AnalysisInput> ReadAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var scanItems = await items.ReadAcquiredUrlsAsync(scan.ScanId, cancellationToken);
        var brand = await catalogue.ReadBrandAsync(scan.OwnerId, scan.Brand, cancellationToken);
        var previous = await PreviousAsync(scan, cancellationToken);
        return new AnalysisInput(scan, scanItems, brand, previous, local.Text, local.Visual);
    }

    private async Task<PreviousScan?> PreviousAsync(ScanWork scan, CancellationToken cancellationToken) =>
        await analyses.PreviousAsync(scan, cancellationToken) is { } previous
            ? new PreviousScan(previous.ScanId, previous.AnalyzedAt, await catalogue.SightedInAsync(previous.ScanId, cancellationToken))
            : null;
}
