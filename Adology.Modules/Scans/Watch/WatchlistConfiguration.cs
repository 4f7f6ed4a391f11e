using Adology.Modules.Scans.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Scans.Watch;

internal sealed class WatchlistConfiguration : IEntityTypeConfiguration<Watchlist>
{
    public void Configure(EntityTypeBuilder<Watchlist> builder)
    {
        builder.ToTable("watchlists", ScanConfiguration.Schema);
        builder.HasKey(watchlist => watchlist.OwnerId);
    }
}
