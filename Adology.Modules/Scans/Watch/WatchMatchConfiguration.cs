using Adology.Modules.Scans.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Scans.Watch;

internal sealed class WatchMatchConfiguration : IEntityTypeConfiguration<WatchMatch>
{
    public void Configure(EntityTypeBuilder<WatchMatch> builder)
    {
        builder.ToTable("watch_matches", ScanConfiguration.Schema);
        builder.HasKey(match => match.Id);
        builder.Property(match => match.Id).UseIdentityAlwaysColumn();
        builder.Property(match => match.Term).HasMaxLength(WatchTerms.MaxLength);
        builder.Property(match => match.MatchedIn).HasMaxLength(16);
        builder.HasIndex(match => new { match.ScanId, match.Sha256, match.Term }).IsUnique();
        builder.HasIndex(match => new { match.ScanId, match.Id });
        builder.HasOne<Scan>().WithMany().HasForeignKey(match => match.ScanId).OnDelete(DeleteBehavior.Cascade);
    }
}
