using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Ai.Data;

internal sealed class StoredAnalysisConfiguration : IEntityTypeConfiguration<StoredAnalysis>, IEntityTypeConfiguration<ClusterMember>
{
    public const string Schema = "ai";

    public void Configure(EntityTypeBuilder<StoredAnalysis> builder)
    {
        builder.ToTable("analyses", Schema);
        builder.HasKey(analysis => analysis.ScanId);
        builder.Property(analysis => analysis.Brand).HasMaxLength(Contracts.Brand.MaxLength);
        builder.Property(analysis => analysis.Result).HasColumnType("jsonb");
        builder.HasIndex(analysis => new { analysis.OwnerId, analysis.Brand, analysis.AnalyzedAt });
    }

    public void Configure(EntityTypeBuilder<ClusterMember> builder)
    {
        builder.ToTable("cluster_members", Schema);
        builder.HasKey(member => new { member.ScanId, member.CreativeId });
        builder.HasOne<StoredAnalysis>().WithMany().HasForeignKey(member => member.ScanId).OnDelete(DeleteBehavior.Cascade);
    }
}
