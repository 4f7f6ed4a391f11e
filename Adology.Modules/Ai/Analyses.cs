using System.Data;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Adology.Modules.Ai.Analysis;
using Adology.Modules.Ai.Data;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Adology.Modules.Ai;

internal sealed class Analyses(AdologyDb db) : IAnalyses
{
    public async Task<BrandAnalysis?> FindAsync(Guid scanId, CancellationToken cancellationToken)
    {
        // Streamed from the socket into the deserializer: a large brand's analysis (megabytes of JSON, its duplicate
        // groups naming every member) is never held whole as bytes and again as a string.
        await using var command = await db.CommandAsync("SELECT result::text FROM ai.analyses WHERE scan_id = @scan", cancellationToken);
        command.Parameters.AddWithValue("scan", scanId);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        await using var result = await reader.GetStreamAsync(0, cancellationToken);
        return await JsonSerializer.DeserializeAsync<BrandAnalysis>(result, JsonSerializerOptions.Web, cancellationToken);
    }

    public async IAsyncEnumerable<ClusterMembership> ClusterMembersAsync(Guid scanId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var members = db.Set<ClusterMember>().AsNoTracking()
            .Where(member => member.ScanId == scanId)
            .OrderBy(member => member.Cluster)
            .ThenBy(member => member.CreativeId)
            .Select(member => new ClusterMembership(member.Cluster, member.CreativeId))
            .AsAsyncEnumerable();
        await foreach (var member in members.WithCancellation(cancellationToken))
        {
            yield return member;
        }
    }

    public async Task<IReadOnlyList<Guid>> LatestClusterMembersAsync(Viewer viewer, string brand, int cluster, CancellationToken cancellationToken)
    {
        var latest = await db.Set<StoredAnalysis>().AsNoTracking()
            .Where(analysis => analysis.Brand == brand && (viewer.IsAdmin || analysis.OwnerId == viewer.UserId))
            .GroupBy(analysis => analysis.OwnerId)
            .Select(owner => owner.OrderByDescending(analysis => analysis.AnalyzedAt).Select(analysis => analysis.ScanId).First())
            .ToListAsync(cancellationToken);
        return await db.Set<ClusterMember>().AsNoTracking()
            .Where(member => latest.Contains(member.ScanId) && member.Cluster == cluster)
            .Select(member => member.CreativeId)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The brand's latest analysis before this scan's: its scan and when it ran.</summary>
    public async Task<(Guid ScanId, DateTimeOffset AnalyzedAt)?> PreviousAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var previous = await db.Set<StoredAnalysis>().AsNoTracking()
            .Where(analysis => analysis.OwnerId == scan.OwnerId && analysis.Brand == scan.Brand && analysis.ScanId != scan.ScanId)
            .OrderByDescending(analysis => analysis.AnalyzedAt)
            .Select(analysis => new { analysis.ScanId, analysis.AnalyzedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return previous is null ? null : (previous.ScanId, previous.AnalyzedAt);
    }

    /// <summary>The scan of the brand's latest analysis, which the brand's similarity index reflects.</summary>
    public Task<Guid> LatestAsync(Guid ownerId, string brand, CancellationToken cancellationToken) =>
        db.Set<StoredAnalysis>().AsNoTracking()
            .Where(analysis => analysis.OwnerId == ownerId && analysis.Brand == brand)
            .OrderByDescending(analysis => analysis.AnalyzedAt)
            .Select(analysis => analysis.ScanId)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Stores the analysis and its cluster members, replacing an earlier one of the same scan (a redelivered message).</summary>
    public async Task SaveAsync(ScanWork scan, AnalysisResult result, CancellationToken cancellationToken)
    {
        var analysis = result.Analysis;
        var json = JsonSerializer.Serialize(analysis, JsonSerializerOptions.Web);
        var stored = await db.Set<StoredAnalysis>().SingleOrDefaultAsync(existing => existing.ScanId == scan.ScanId, cancellationToken);
        if (stored is null)
        {
            db.Add(new StoredAnalysis { ScanId = scan.ScanId, OwnerId = scan.OwnerId, Brand = scan.Brand, AnalyzedAt = analysis.AnalyzedAt, Result = json });
        }
        else
        {
            stored.AnalyzedAt = analysis.AnalyzedAt;
            stored.Result = json;
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Set<ClusterMember>().Where(member => member.ScanId == scan.ScanId).ExecuteDeleteAsync(cancellationToken);
        var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY ai.cluster_members (scan_id, creative_id, cluster) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (creativeId, cluster) in result.Members)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(scan.ScanId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(creativeId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(cluster, NpgsqlDbType.Integer, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
