using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;

namespace Adology.Web.Messaging.DeadLetters;

/// <summary>
/// The parts of a message a dead letter shows: from MassTransit's JSON envelope (<c>application/vnd.masstransit+json</c>),
/// or, for a raw JSON message (<see cref="CompactMessages"/>), from the body and the transport headers beside it.
/// </summary>
/// <param name="MessageUrn">The message's type as MassTransit names it: <c>urn:message:{namespace}:{name}</c>.</param>
internal sealed record MessageEnvelope(Guid MessageId, string MessageUrn, JsonElement Message)
{
    /// <summary>The type's name without its namespace.</summary>
    public string MessageType => MessageUrn[(MessageUrn.LastIndexOf(':') + 1)..];

    /// <param name="header">A transport header's value as text, null when the message has none.</param>
    public static MessageEnvelope Read(ReadOnlyMemory<byte> body, string? contentType, Func<string, string?> header)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (contentType == SystemTextJsonRawMessageSerializer.JsonContentType.MediaType)
        {
            // The raw serializer names every type the message is, separated by ';': the first is its own.
            return new MessageEnvelope(
                Guid.TryParse(header(MessageHeaders.MessageId), out var rawId) ? rawId : Guid.Empty,
                header(MessageHeaders.MessageType)?.Split(';')[0] ?? "",
                root.Clone());
        }

        return new MessageEnvelope(
            root.TryGetProperty("messageId", out var id) && id.TryGetGuid(out var messageId) ? messageId : Guid.Empty,
            root.TryGetProperty("messageType", out var types) && types.GetArrayLength() > 0 ? types[0].GetString() ?? "" : "",
            root.TryGetProperty("message", out var message) ? message.Clone() : default);
    }
}
