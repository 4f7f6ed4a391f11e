using System.Net.Security;
using System.Security.Authentication;
using Adology.Web.Messaging.DeadLetters;
using MassTransit;

namespace Adology.Web.Messaging;

/// <summary><c>Messaging:Transport=RabbitMq</c>: durable queues on the broker of <see cref="RabbitMqOptions"/>, shared by several hosts.</summary>
internal static class RabbitMqTransport
{
    public static void UseRabbitMqTransport(
        this IBusRegistrationConfigurator bus, IServiceCollection services, IConfiguration configuration, MessagingOptions messaging)
    {
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
                if (rabbitMq.UseSsl)
                {
                    host.UseSsl(ssl =>
                    {
                        ssl.ServerName = rabbitMq.Host;
                        ssl.Protocol = SslProtocols.Tls12 | SslProtocols.Tls13;
                        // MassTransit accepts an untrusted chain by default; a broker's certificate must be trusted.
                        ssl.EnforcePolicyErrors(SslPolicyErrors.RemoteCertificateChainErrors);
                    });
                }

                // A publish returns once the broker has the message: what a consumer published survives a crash after it.
                host.PublisherConfirmation = true;
            });
            rabbit.UseCompactMessages();
            rabbit.UseConsumeFilter(typeof(ScanLogScopeFilter<>), context);
            if (rabbitMq.DelayedExchange)
            {
                rabbit.UseDelayedMessageScheduler();
            }

            rabbit.ConfigureEndpoints(context);
        });
    }
}
