using MassTransit;

namespace Adology.Modules.Platform.Messaging;

internal static class RetryPolicies
{
    /// <summary>Database hiccups (a deadlock, a failover) are retried with backoff; consumers are idempotent, so a retry is safe.</summary>
    public static void UsePipelineRetry(this IReceiveEndpointConfigurator endpoint) =>
        endpoint.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
}
