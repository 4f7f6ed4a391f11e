using Adology.Web.Messaging.DeadLetters;
using MassTransit;

namespace Adology.Web.Messaging;

/// <summary><c>Messaging:Transport=InMemory</c>: one host, no broker; dead letters are kept in the host's memory.</summary>
internal static class InMemoryTransport
{
    public static void UseInMemoryTransport(this IBusRegistrationConfigurator bus, IServiceCollection services, MessagingOptions messaging)
    {
        services.AddInMemoryDeadLetters();
        bus.AddConfigureEndpointsCallback((context, queue, endpoint) =>
        {
            endpoint.UseRedelivery(messaging);
            endpoint.CaptureDeadLetters(context, queue);
        });
        bus.UsingInMemory((context, inMemory) =>
        {
            inMemory.UseDelayedMessageScheduler();
            inMemory.UseCompactMessages();
            inMemory.UseConsumeFilter(typeof(ScanLogScopeFilter<>), context);
            inMemory.ConfigureEndpoints(context);
        });
    }
}
