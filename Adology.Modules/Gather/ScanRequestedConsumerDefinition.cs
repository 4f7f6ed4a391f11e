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
        // No more than it runs: on a broker, long messages left waiting go to another host rather than queue up here.
        endpointConfigurator.PrefetchCount = 4;
    }
}
