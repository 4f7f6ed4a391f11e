using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Scans.Data;

internal sealed class ScanConfiguration : IEntityTypeConfiguration<Scan>
{
    public const string Schema = "scans";

    public void Configure(EntityTypeBuilder<Scan> builder)
    {
        builder.ToTable("scans", Schema);
        builder.HasKey(scan => scan.Id);
        builder.Property(scan => scan.Brand).HasMaxLength(Contracts.Brand.MaxLength);
        builder.Property(scan => scan.SourceType).HasMaxLength(16);
        builder.Property(scan => scan.Source).HasConversion(ScanSources.Converter).HasColumnType("jsonb");
        builder.Property(scan => scan.Status).HasConversion(ScanStatusText.Converter).HasMaxLength(16);
        builder.Property(scan => scan.Phase).HasMaxLength(16);
        builder.HasIndex(scan => new { scan.OwnerId, scan.CreatedAt });
        builder.HasIndex(scan => new { scan.Status, scan.UpdatedAt });
    }
}
