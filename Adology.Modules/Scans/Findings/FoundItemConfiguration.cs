using Adology.Modules.Scans.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Scans.Findings;

internal sealed class FoundItemConfiguration : IEntityTypeConfiguration<FoundItem>
{
    public void Configure(EntityTypeBuilder<FoundItem> builder)
    {
        builder.ToTable("found_items", ScanConfiguration.Schema);
        builder.HasKey(item => new { item.ScanId, item.Sha256 });
        builder.Property(item => item.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(item => new { item.ScanId, item.Id });
        builder.HasIndex(item => new { item.ScanId, item.Ordinal }).IsUnique();
        builder.HasOne<Scan>().WithMany().HasForeignKey(item => item.ScanId).OnDelete(DeleteBehavior.Cascade);
    }
}
