using Adology.Modules.Platform.Messaging;
using MassTransit;

namespace Adology.Modules.Ai;

internal sealed class AnalyzeBrandConsumerDefinition : ConsumerDefinition<AnalyzeBrandConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<AnalyzeBrandConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UsePipelineRetry();
        endpointConfigurator.ConcurrentMessageLimit = 2;
        // No more than it runs: on a broker, long messages left waiting go to another host rather than queue up here.
        endpointConfigurator.PrefetchCount = 2;
    }
}
