using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Alerts.Webhooks;

/// <summary>
/// The backoff between attempts is MassTransit's message retry: the least code for retries that survive a host. The
/// message stays unacknowledged on the broker while it waits, so a host that dies meanwhile hands it to another, and
/// the attempts are counted in the delivery's row, so that host goes on from the count. (Hangfire would add a second
/// store of work and its polling delay; a delayed redelivery needs the broker's delayed-exchange plugin.)
/// </summary>
internal sealed class DeliverWebhookConsumerDefinition : ConsumerDefinition<DeliverWebhookConsumer>
{
    /// <summary>Deliveries waiting for their next attempt hold a slot each: enough that a few dead receivers block no one.</summary>
    private const int Concurrency = 32;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DeliverWebhookConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        var options = context.GetRequiredService<IOptions<WebhookOptions>>().Value;
        endpointConfigurator.ConcurrentMessageLimit = Concurrency;
        endpointConfigurator.PrefetchCount = Concurrency;
        if (options.Attempts > 1)
        {
            endpointConfigurator.UseMessageRetry(retry => retry.Intervals([.. Backoff(options)]));
        }
    }

    /// <summary>FirstRetryDelay, then twice as long each time, between the <see cref="WebhookOptions.Attempts"/>.</summary>
    public static IEnumerable<TimeSpan> Backoff(WebhookOptions options) =>
        Enumerable.Range(0, Math.Max(0, options.Attempts - 1)).Select(retry => options.FirstRetryDelay * Math.Pow(2, retry));
}
