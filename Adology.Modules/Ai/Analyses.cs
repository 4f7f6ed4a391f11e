using System.Text.Json;
using Adology.Modules.Ai.Analysis;
using Adology.Modules.Ai.Data;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Ai;

internal sealed class Analyses(AdologyDb db) : IAnalyses
{
    public async Task<JsonElement?> FindAsync(Guid scanId, CancellationToken cancellationToken)
    {
        var result = await db.Set<StoredAnalysis>().AsNoTracking()
            .Where(analysis => analysis.ScanId == scanId)
            .Select(analysis => analysis.Result)
            .SingleOrDefaultAsync(cancellationToken);
        return result is null ? null : JsonSerializer.Deserialize<JsonElement>(result);
    }

    /// <summary>Stores the analysis, replacing an earlier one of the same scan (a redelivered message).</summary>
    public async Task SaveAsync(ScanWork scan, BrandAnalysis analysis, CancellationToken cancellationToken)
    {
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
    }
}
