using Adology.Modules.Contracts;
using MassTransit;
using MassTransit.Serialization;

namespace Adology.Web.Messaging;

/// <summary>
/// The messages a scan sends one per creative go as raw JSON, not in MassTransit's envelope: a 100,000-creative scan
/// queues that many <see cref="AcquireCreative"/> at once, and the envelope made each ~1 KB for ~130 bytes of message
/// (docs/BENCHMARKS.md, "Flat memory"). The message type, ids and addresses still travel, as transport headers.
/// </summary>
internal static class CompactMessages
{
    public static void UseCompactMessages(this IBusFactoryConfigurator bus)
    {
        bus.AddRawJsonSerializer();
        bus.Send<AcquireCreative>(send => send.UseSerializer(SystemTextJsonRawMessageSerializer.JsonContentType.MediaType));
    }
}
