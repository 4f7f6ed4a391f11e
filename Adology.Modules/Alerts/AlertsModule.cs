using Adology.Modules.Alerts.Notifications;
using Adology.Modules.Alerts.Webhooks;
using Adology.Modules.Contracts;
using FluentValidation;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Alerts;

/// <summary>Alerts of completed scans: notifications to the owner's open dashboards (the host registers <see cref="INotificationSink"/>) and signed webhooks.</summary>
public static class AlertsModule
{
    public static IServiceCollection AddAlertsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(options => options.Attempts >= 1, "Alerts:Webhooks:Attempts must be at least 1.")
            .Validate(options => options.FirstRetryDelay >= TimeSpan.Zero, "Alerts:Webhooks:FirstRetryDelay must not be negative.")
            .Validate(options => options.MaxPerUser >= 0, "Alerts:Webhooks:MaxPerUser must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<IValidator<CreateWebhookRequest>, CreateWebhookRequestValidator>();
        services.AddScoped<IWebhooks, WebhookRegistry>();
        services.AddScoped<DeliveryQueue>();
        return services;
    }

    public static void AddAlertsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ScanCompletedConsumer, ScanCompletedConsumerDefinition>();
        bus.AddConsumer<DeliverWebhookConsumer, DeliverWebhookConsumerDefinition>();
    }
}
