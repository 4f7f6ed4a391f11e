using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Commit.Data;

internal sealed class CatalogueConfiguration : IEntityTypeConfiguration<CatalogueCreative>, IEntityTypeConfiguration<Sighting>
{
    public const string Schema = "catalog";

    public void Configure(EntityTypeBuilder<CatalogueCreative> builder)
    {
        builder.ToTable("creatives", Schema);
        builder.HasKey(creative => creative.Id);
        builder.Property(creative => creative.Brand).HasMaxLength(Contracts.Brand.MaxLength);
        builder.Property(creative => creative.MediaType).HasMaxLength(32);
        builder.Property(creative => creative.Metadata).HasColumnType("jsonb");
        builder.Property(creative => creative.Attributes).HasColumnType("jsonb");
        builder.Property(creative => creative.CallToAction).HasMaxLength(64);
        builder.HasIndex(creative => new { creative.OwnerId, creative.Brand, creative.Sha256 }).IsUnique();
        builder.HasIndex(creative => new { creative.Brand, creative.LastSeenAt });
    }

    public void Configure(EntityTypeBuilder<Sighting> builder)
    {
        builder.ToTable("sightings", Schema);
        builder.HasKey(sighting => new { sighting.CreativeId, sighting.ScanId });
        builder.HasIndex(sighting => sighting.ScanId);
        builder.HasOne<CatalogueCreative>().WithMany().HasForeignKey(sighting => sighting.CreativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
