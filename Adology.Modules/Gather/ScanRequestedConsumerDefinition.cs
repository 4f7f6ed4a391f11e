using Adology.Modules.Platform.Messaging;
using MassTransit;

namespace Adology.Modules.Gather;

internal sealed class ScanRequestedConsumerDefinition : ConsumerDefinition<ScanRequestedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScanRequestedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UsePipelineRetry();
        endpointConfigurator.ConcurrentMessageLimit = 4;
    }
}
