using System.Text;
using Adology.Modules.Alerts.Data;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Platform.Http;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Alerts.Webhooks;

/// <summary>
/// DeliverWebhook → one signed POST of a pending delivery, recorded as an attempt. A failed attempt that leaves
/// attempts throws, and the definition's retry sends it again later; the last one marks the delivery failed.
/// </summary>
internal sealed class DeliverWebhookConsumer(AdologyDb db, SafePoster poster, IOptions<WebhookOptions> options, TimeProvider clock)
    : IConsumer<DeliverWebhook>
{
    public async Task Consume(ConsumeContext<DeliverWebhook> context)
    {
        var cancellationToken = context.CancellationToken;
        var delivery = await db.Set<WebhookDelivery>().SingleOrDefaultAsync(delivery => delivery.Id == context.Message.DeliveryId, cancellationToken);
        if (delivery is not { Status: DeliveryStatus.Pending })
        {
            // Done already, or its webhook was deleted with it.
            return;
        }

        var webhook = await db.Set<Webhook>().AsNoTracking().SingleAsync(webhook => webhook.Id == delivery.WebhookId, cancellationToken);
        var (status, error) = await PostAsync(webhook, delivery, cancellationToken);
        delivery.Attempts++;
        delivery.LastStatusCode = status;
        delivery.LastError = error;
        if (error is null)
        {
            delivery.Status = DeliveryStatus.Succeeded;
            delivery.DeliveredAt = clock.GetUtcNow();
        }
        else if (delivery.Attempts >= options.Value.Attempts)
        {
            delivery.Status = DeliveryStatus.Failed;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (delivery.Status == DeliveryStatus.Pending)
        {
            throw new WebhookAttemptFailedException($"Webhook delivery {delivery.Id}, attempt {delivery.Attempts}: {error}");
        }
    }

    private async Task<(int? Status, string? Error)> PostAsync(Webhook webhook, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [WebhookSignature.TimestampHeader] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [WebhookSignature.SignatureHeader] = WebhookSignature.Sign(webhook.Secret, timestamp, delivery.Body),
            ["Adology-Delivery"] = delivery.Id.ToString(),
            ["Adology-Event"] = delivery.Kind,
        };
        try
        {
            using var content = new StringContent(delivery.Body, Encoding.UTF8, "application/json");
            var status = await poster.PostAsync(new Uri(webhook.Url), content, headers, cancellationToken);
            return (status, status is >= 200 and < 300 ? null : $"HTTP {status}");
        }
        catch (FetchFailedException failure)
        {
            return (null, Truncate(failure.Reason));
        }
    }

    private static string Truncate(string reason) => reason.Length <= 500 ? reason : reason[..500];
}
