using Adology.Modules.Scans.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Scans.Schedules;

internal sealed class ScanScheduleConfiguration : IEntityTypeConfiguration<ScanSchedule>
{
    public void Configure(EntityTypeBuilder<ScanSchedule> builder)
    {
        builder.ToTable("schedules", ScanConfiguration.Schema);
        builder.HasKey(schedule => new { schedule.OwnerId, schedule.Brand });
        builder.Property(schedule => schedule.Brand).HasMaxLength(Contracts.Brand.MaxLength);
        builder.Property(schedule => schedule.SourceType).HasMaxLength(16);
        builder.Property(schedule => schedule.Source).HasConversion(ScanSources.Converter).HasColumnType("jsonb");
        builder.Property(schedule => schedule.Cron).HasMaxLength(100);
    }
}
