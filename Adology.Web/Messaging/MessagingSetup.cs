using Adology.Modules.Acquire;
using Adology.Modules.Ai;
using Adology.Modules.Alerts;
using Adology.Modules.Commit;
using Adology.Modules.Enrich;
using Adology.Modules.Gather;
using Adology.Modules.Platform;
using Adology.Modules.Scans;
using Adology.Web.Messaging.DeadLetters;
using MassTransit;

namespace Adology.Web.Messaging;

/// <summary>The one place that wires MassTransit: every module's consumers and the transport chosen by <c>Messaging:Transport</c>.</summary>
internal static class MessagingSetup
{
    public static IServiceCollection AddAdologyMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var messaging = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var queues = new ReceiveQueues();
        services.AddSingleton(queues);
        services.AddSingleton<InFlightMessages>();
        services.AddSingleton<IWorkInProgress>(provider => provider.GetRequiredService<InFlightMessages>());
        services.AddReceiveObserver(provider => provider.GetRequiredService<InFlightMessages>());
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            // MassTransit would post a usage report to usage-tracking.masstransit.io five minutes after start: nothing
            // leaves the host that its operator did not configure.
            bus.ConfigureUsageTelemetryOptions(telemetry => telemetry.Enabled = false);
            bus.AddGatherConsumers();
            bus.AddAcquireConsumers();
            bus.AddCommitConsumers();
            bus.AddEnrichConsumers();
            bus.AddAiConsumers();
            bus.AddScansConsumers();
            bus.AddAlertsConsumers();
            bus.AddConfigureEndpointsCallback((_, queue, _) => queues.Add(queue));
            // SQS would be a third case here: MassTransit.AmazonSQS is not obtainable from the package registry this is built from.
            switch (messaging.Transport.ToUpperInvariant())
            {
                case "INMEMORY":
                    bus.UseInMemoryTransport(services, messaging);
                    break;
                case "RABBITMQ":
                    bus.UseRabbitMqTransport(services, configuration, messaging);
                    break;
                default:
                    throw new InvalidOperationException($"Messaging:Transport '{messaging.Transport}' is not supported; use InMemory or RabbitMq.");
            }
        });

        // SIGTERM: the bus stops taking messages, consumers get ConsumerStopTimeout to finish what they hold,
        // then their token is cancelled; what was not recorded stays pending and is resumed at the next start. A consumer
        // deaf to its token holds the bus's stop for good: the ShutdownWatchdog ends such a process.
        services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.ConsumerStopTimeout = configuration.GetValue("Messaging:ConsumerStopTimeout", TimeSpan.FromSeconds(10));
            host.StopTimeout = host.ConsumerStopTimeout + TimeSpan.FromSeconds(5);
        });
        return services;
    }

}
