using Adology.Modules.Acquire;
using Adology.Modules.Ai;
using Adology.Modules.Commit;
using Adology.Modules.Gather;
using MassTransit;

namespace Adology.Web.Messaging;

/// <summary>The one place that wires MassTransit: every module's consumers and the transport chosen by <c>Messaging:Transport</c>.</summary>
internal static class MessagingSetup
{
    public static IServiceCollection AddAdologyMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var transport = configuration["Messaging:Transport"] ?? "InMemory";
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddGatherConsumers();
            bus.AddAcquireConsumers();
            bus.AddCommitConsumers();
            bus.AddAiConsumers();
            switch (transport.ToUpperInvariant())
            {
                case "INMEMORY":
                    bus.UsingInMemory((context, inMemory) => inMemory.ConfigureEndpoints(context));
                    break;
                default:
                    throw new InvalidOperationException($"Messaging:Transport '{transport}' is not supported; use InMemory.");
            }
        });
        return services;
    }
}
