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
        // Twice what the batches in flight hold: on a broker the next batches are already here when one finishes.
        endpointConfigurator.PrefetchCount = acquire.BatchSize * acquire.ConcurrentBatches * 2;
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(acquire.BatchSize)
            .SetTimeLimit(acquire.BatchTimeLimit)
            .SetConcurrencyLimit(acquire.ConcurrentBatches));
    }
}
