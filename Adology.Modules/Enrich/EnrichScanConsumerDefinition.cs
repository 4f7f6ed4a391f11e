using Adology.Modules.Platform.Messaging;
using MassTransit;

namespace Adology.Modules.Enrich;

internal sealed class EnrichScanConsumerDefinition : ConsumerDefinition<EnrichScanConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<EnrichScanConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UsePipelineRetry();
        // Two scans at once keep the CPU workers fed while one waits on the database or the vision model.
        endpointConfigurator.ConcurrentMessageLimit = 2;
        // No more than it runs: on a broker, long messages left waiting go to another host rather than queue up here.
        endpointConfigurator.PrefetchCount = 2;
    }
}
