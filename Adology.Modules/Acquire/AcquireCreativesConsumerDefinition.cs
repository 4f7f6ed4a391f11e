using Adology.Modules.Platform.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Acquire;

internal sealed class AcquireCreativesConsumerDefinition(IOptions<AcquireOptions> options) : ConsumerDefinition<AcquireCreativesConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<AcquireCreativesConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        var acquire = options.Value;
        endpointConfigurator.UsePipelineRetry();
        endpointConfigurator.ConcurrentMessageLimit = acquire.ConcurrentBatches;
        // Twice the batches in flight: on a broker the next batches are already here when one finishes.
        endpointConfigurator.PrefetchCount = acquire.ConcurrentBatches * 2;
    }
}
