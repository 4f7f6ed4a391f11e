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
                    bus.UsingInMemory((context, inMemory) =>
                    {
                        inMemory.UseConsumeFilter(typeof(ScanLogScopeFilter<>), context);
                        inMemory.ConfigureEndpoints(context);
                    });
                    break;
                default:
                    throw new InvalidOperationException($"Messaging:Transport '{transport}' is not supported; use InMemory.");
            }
        });

        // SIGTERM: the bus stops taking messages, consumers get ConsumerStopTimeout to finish what they hold,
        // then their token is cancelled; what was not recorded stays pending and is resumed at the next start.
        services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.ConsumerStopTimeout = configuration.GetValue("Messaging:ConsumerStopTimeout", TimeSpan.FromSeconds(10));
            host.StopTimeout = host.ConsumerStopTimeout + TimeSpan.FromSeconds(5);
        });
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return services;
    }
}
