using Adology.Modules.Acquire;
using Adology.Modules.Ai;
using Adology.Modules.Commit;
using Adology.Modules.Enrich;
using Adology.Modules.Gather;
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
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddGatherConsumers();
            bus.AddAcquireConsumers();
            bus.AddCommitConsumers();
            bus.AddEnrichConsumers();
            bus.AddAiConsumers();
            bus.AddScansConsumers();
            bus.AddConfigureEndpointsCallback((_, queue, _) => queues.Add(queue));
            switch (messaging.Transport.ToUpperInvariant())
            {
                case "INMEMORY":
                    services.AddInMemoryDeadLetters();
                    bus.AddConfigureEndpointsCallback((context, queue, endpoint) =>
                    {
                        endpoint.UseRedelivery(messaging);
                        endpoint.CaptureDeadLetters(context, queue);
                    });
                    bus.UsingInMemory((context, inMemory) =>
                    {
                        inMemory.UseDelayedMessageScheduler();
                        inMemory.UseConsumeFilter(typeof(ScanLogScopeFilter<>), context);
                        inMemory.ConfigureEndpoints(context);
                    });
                    break;
                case "RABBITMQ":
                    var rabbitMq = configuration.GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
                    services.Configure<RabbitMqOptions>(configuration.GetSection(RabbitMqOptions.Section));
                    services.AddRabbitMqDeadLetters();
                    if (rabbitMq.DelayedExchange)
                    {
                        bus.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseRedelivery(messaging));
                    }

                    bus.UsingRabbitMq((context, rabbit) =>
                    {
                        rabbit.Host(rabbitMq.Host, rabbitMq.Port, rabbitMq.VirtualHost, "adology", host =>
                        {
                            host.Username(rabbitMq.Username);
                            host.Password(rabbitMq.Password);
                            // A publish returns once the broker has the message: what a consumer published survives a crash after it.
                            host.PublisherConfirmation = true;
                        });
                        rabbit.UseConsumeFilter(typeof(ScanLogScopeFilter<>), context);
                        if (rabbitMq.DelayedExchange)
                        {
                            rabbit.UseDelayedMessageScheduler();
                        }

                        rabbit.ConfigureEndpoints(context);
                    });
                    break;
                default:
                    throw new InvalidOperationException($"Messaging:Transport '{messaging.Transport}' is not supported; use InMemory or RabbitMq.");
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

    /// <summary>
    /// Around the consumers' own retries (an endpoint callback runs before the consumer definitions, so this filter is the
    /// outer one): a message that still fails goes back to its queue later, then to the dead letters.
    /// </summary>
    private static void UseRedelivery(this IReceiveEndpointConfigurator endpoint, MessagingOptions messaging)
    {
        if (messaging.Redeliveries > 0)
        {
            endpoint.UseDelayedRedelivery(redelivery =>
                redelivery.Incremental(messaging.Redeliveries, messaging.RedeliveryInterval, messaging.RedeliveryInterval));
        }
    }
}
