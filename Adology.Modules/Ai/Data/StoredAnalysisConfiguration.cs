using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Ai.Data;

internal sealed class StoredAnalysisConfiguration : IEntityTypeConfiguration<StoredAnalysis>
{
    public void Configure(EntityTypeBuilder<StoredAnalysis> builder)
    {
        builder.ToTable("analyses", "ai");
        builder.HasKey(analysis => analysis.ScanId);
        builder.Property(analysis => analysis.Brand).HasMaxLength(Contracts.Brand.MaxLength);
        builder.Property(analysis => analysis.Result).HasColumnType("jsonb");
        builder.HasIndex(analysis => new { analysis.OwnerId, analysis.Brand, analysis.AnalyzedAt });
    }
}
