using Adology.Modules.Enrich.Labels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Enrich.Data;

internal sealed class EnrichConfiguration :
    IEntityTypeConfiguration<PictureEmbedding>, IEntityTypeConfiguration<PictureText>, IEntityTypeConfiguration<CopyEmbedding>, IEntityTypeConfiguration<PictureLabels>
{
    public const string Schema = "enrich";

    private const int ModelLength = 128;

    public void Configure(EntityTypeBuilder<PictureEmbedding> builder)
    {
        builder.ToTable("visual_embeddings", Schema);
        builder.HasKey(row => new { row.Sha256, row.Model });
        builder.Property(row => row.Model).HasMaxLength(ModelLength);
    }

    public void Configure(EntityTypeBuilder<PictureText> builder)
    {
        builder.ToTable("on_image_texts", Schema);
        builder.HasKey(row => new { row.Sha256, row.Reader });
        builder.Property(row => row.Reader).HasMaxLength(ModelLength);
    }

    public void Configure(EntityTypeBuilder<CopyEmbedding> builder)
    {
        builder.ToTable("copy_embeddings", Schema);
        builder.HasKey(row => new { row.CopySha256, row.Model });
        builder.Property(row => row.Model).HasMaxLength(ModelLength);
    }

    public void Configure(EntityTypeBuilder<PictureLabels> builder)
    {
        builder.ToTable("labels", Schema);
        builder.HasKey(row => new { row.Sha256, row.Model });
        builder.Property(row => row.Model).HasMaxLength(ModelLength);
        builder.Property(row => row.ProductType).HasMaxLength(CreativeLabelRules.MaxProductTypeLength);
        builder.Property(row => row.Labels).HasColumnType("jsonb");
        builder.HasIndex(row => new { row.ProductType, row.Sha256 });
    }
}
