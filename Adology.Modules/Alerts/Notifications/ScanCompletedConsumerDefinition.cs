using Adology.Modules.Platform.Messaging;
using MassTransit;

namespace Adology.Modules.Alerts.Notifications;

internal sealed class ScanCompletedConsumerDefinition : ConsumerDefinition<ScanCompletedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScanCompletedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UsePipelineRetry();
}
