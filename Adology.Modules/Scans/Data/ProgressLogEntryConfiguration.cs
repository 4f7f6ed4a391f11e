using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Scans.Data;

internal sealed class ProgressLogEntryConfiguration : IEntityTypeConfiguration<ProgressLogEntry>
{
    public void Configure(EntityTypeBuilder<ProgressLogEntry> builder)
    {
        builder.ToTable("progress_events", ScanConfiguration.Schema);
        builder.HasKey(entry => new { entry.ScanId, entry.Seq });
        builder.Property(entry => entry.Type).HasMaxLength(16);
        builder.HasOne<Scan>().WithMany().HasForeignKey(entry => entry.ScanId).OnDelete(DeleteBehavior.Cascade);
    }
}
