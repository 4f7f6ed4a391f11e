using MassTransit;

namespace Adology.Modules.Scans.Progress;

internal sealed class ScanEndedConsumerDefinition : ConsumerDefinition<ScanEndedConsumer>
{
    public ScanEndedConsumerDefinition() =>
        // A queue per host, deleted with it: each host must hear of every scan's end, not share the news with the others.
        Endpoint(endpoint =>
        {
            endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
            endpoint.Temporary = true;
        });
}
