using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Scans.Queries;

/// <summary>What a viewer may see of the scans: an admin all of them, a user their own.</summary>
internal static class VisibleScans
{
    public static IQueryable<Scan> VisibleTo(this IQueryable<Scan> scans, Viewer viewer) =>
        scans.Where(scan => viewer.IsAdmin || scan.OwnerId == viewer.UserId);

    /// <summary>The scan, or null when it does not exist or the viewer may not see it.</summary>
    public static async Task<Scan?> FindVisibleScanAsync(this AdologyDb db, Guid scanId, Viewer viewer, CancellationToken cancellationToken)
    {
        var scan = await db.Set<Scan>().AsNoTracking().SingleOrDefaultAsync(scan => scan.Id == scanId, cancellationToken);
        return scan is not null && viewer.CanSee(scan.OwnerId) ? scan : null;
    }
}
