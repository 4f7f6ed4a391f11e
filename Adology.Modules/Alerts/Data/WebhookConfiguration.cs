using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adology.Modules.Alerts.Data;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public const string Schema = "alerts";

    public const int MaxUrlLength = 2048;

    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("webhooks", Schema);
        builder.HasKey(webhook => webhook.Id);
        builder.Property(webhook => webhook.Url).HasMaxLength(MaxUrlLength);
        builder.Property(webhook => webhook.Secret).HasMaxLength(64);
        builder.HasIndex(webhook => new { webhook.OwnerId, webhook.CreatedAt });
    }
}
