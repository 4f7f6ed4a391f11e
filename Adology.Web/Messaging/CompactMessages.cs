using Adology.Modules.Contracts;
using MassTransit;
using MassTransit.Serialization;

namespace Adology.Web.Messaging;

/// <summary>
/// The messages a scan sends per batch of its creatives go as raw JSON, not in MassTransit's envelope: a 100,000-creative
/// scan queues a thousand <see cref="AcquireCreatives"/> at once, and the envelope added ~1 KB to each (docs/BENCHMARKS.md,
/// "Flat memory"). The message type, ids and addresses still travel, as transport headers.
/// </summary>
internal static class CompactMessages
{
    public static void UseCompactMessages(this IBusFactoryConfigurator bus)
    {
        bus.AddRawJsonSerializer();
        bus.Send<AcquireCreatives>(send => send.UseSerializer(SystemTextJsonRawMessageSerializer.JsonContentType.MediaType));
    }
}
