using System.Text.RegularExpressions;
using Adology.Modules.Contracts;

namespace Adology.Modules.Reports;

/// <summary>Writes a scan's report to a temporary file (the zip needs a seekable stream) that is deleted once sent.</summary>
internal sealed partial class ScanReports(
    IScans scans,
    IScanOwners owners,
    ICatalogueSnapshots catalogue,
    ICreativeEnrichments enrichments,
    IAnalyses analyses,
    IScanMatches matches,
    TimeProvider clock)
    : IScanReports
{
    public async Task<ReportFile?> WriteAsync(Guid scanId, Viewer? viewer, CancellationToken cancellationToken)
    {
        if (await owners.OwnerOfAsync(scanId, cancellationToken) is not { } ownerId
            || await scans.FindAsync(scanId, viewer ?? new Viewer(ownerId, IsAdmin: false), cancellationToken) is not { } scan)
        {
            return null;
        }

        var analysis = await analyses.FindAsync(scanId, cancellationToken);
        var now = clock.GetUtcNow();
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"adology-report-{Guid.NewGuid():N}.xlsx"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            bufferSize: 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var creatives = EnrichedCreatives.ReadAsync(catalogue.ReadAsync(ownerId, scan.Brand, scanId, scan.CompletedAt ?? now, cancellationToken), enrichments, cancellationToken);
            var clusterMembers = analyses.ClusterMembersAsync(scanId, cancellationToken);
            await ReportWriter.WriteAsync(file, scan, analysis, creatives, clusterMembers, matches.ReadAsync(scanId, cancellationToken), now, cancellationToken);
            file.Position = 0;
            return new ReportFile(file, $"adology-{Unsafe().Replace(scan.Brand, "-")}-{scan.CreatedAt.UtcDateTime:yyyyMMdd}.xlsx");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>What may not appear in the quoted file name of Content-Disposition.</summary>
    [GeneratedRegex("[^a-z0-9._-]+")]
    private static partial Regex Unsafe();
}
