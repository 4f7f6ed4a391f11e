using Adology.Modules.Platform.Messaging;
using MassTransit;

namespace Adology.Modules.Commit;

internal sealed class CommitBrandConsumerDefinition : ConsumerDefinition<CommitBrandConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CommitBrandConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UsePipelineRetry();
        endpointConfigurator.ConcurrentMessageLimit = 4;
        // No more than it runs: on a broker, long messages left waiting go to another host rather than queue up here.
        endpointConfigurator.PrefetchCount = 4;
    }
}
