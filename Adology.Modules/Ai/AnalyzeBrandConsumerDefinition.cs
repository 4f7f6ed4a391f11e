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
    }
}
