using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Alerts.Data;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("deliveries", WebhookConfiguration.Schema);
        builder.HasKey(delivery => delivery.Id);
        builder.Property(delivery => delivery.Kind).HasMaxLength(32);
        builder.Property(delivery => delivery.Status).HasMaxLength(16);
        builder.Property(delivery => delivery.LastError).HasMaxLength(500);
        // A scan's news goes to a webhook once, however often the message that recorded it was delivered.
        builder.HasIndex(delivery => new { delivery.WebhookId, delivery.ScanId, delivery.Kind }).IsUnique();
        builder.HasIndex(delivery => new { delivery.WebhookId, delivery.CreatedAt });
        builder.HasOne<Webhook>().WithMany().HasForeignKey(delivery => delivery.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}
