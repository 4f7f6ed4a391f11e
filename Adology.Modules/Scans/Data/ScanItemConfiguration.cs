using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Scans.Data;

internal sealed class ScanItemConfiguration : IEntityTypeConfiguration<ScanItem>
{
    public void Configure(EntityTypeBuilder<ScanItem> builder)
    {
        builder.ToTable("scan_items", ScanConfiguration.Schema);
        builder.HasKey(item => new { item.ScanId, item.Ordinal });
        builder.Property(item => item.Metadata).HasColumnType("jsonb");
        builder.Property(item => item.Attributes).HasColumnType("jsonb");
        builder.Property(item => item.State).HasConversion<short>();
        builder.HasOne<Scan>().WithMany().HasForeignKey(item => item.ScanId).OnDelete(DeleteBehavior.Cascade);
    }
}
