using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Scans.Watch;

internal sealed class Watchlists(AdologyDb db, TimeProvider clock) : IWatchlists
{
    public async Task<WatchlistView> FindAsync(Guid ownerId, CancellationToken cancellationToken) =>
        new(await db.Set<Watchlist>().AsNoTracking().Where(list => list.OwnerId == ownerId).Select(list => list.Terms).SingleOrDefaultAsync(cancellationToken) ?? []);

    public async Task<WatchlistView> SaveAsync(Guid ownerId, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var saved = await db.Set<Watchlist>().SingleOrDefaultAsync(list => list.OwnerId == ownerId, cancellationToken);
        if (saved is null)
        {
            saved = new Watchlist { OwnerId = ownerId };
            db.Add(saved);
        }

        saved.Terms = WatchTerms.Union(terms);
        saved.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new WatchlistView(saved.Terms);
    }
}
