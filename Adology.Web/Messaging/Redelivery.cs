using MassTransit;

namespace Adology.Web.Messaging;

internal static class Redelivery
{
    /// <summary>
    /// Around the consumers' own retries (an endpoint callback runs before the consumer definitions, so this filter is the
    /// outer one): a message that still fails goes back to its queue later, then to the dead letters.
    /// </summary>
    public static void UseRedelivery(this IReceiveEndpointConfigurator endpoint, MessagingOptions messaging)
    {
        if (messaging.Redeliveries > 0)
        {
            endpoint.UseDelayedRedelivery(redelivery =>
                redelivery.Incremental(messaging.Redeliveries, messaging.RedeliveryInterval, messaging.RedeliveryInterval));
        }
    }
}
