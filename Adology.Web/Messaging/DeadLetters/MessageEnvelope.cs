using System.Text.Json;

namespace Adology.Web.Messaging.DeadLetters;

/// <summary>The parts of a MassTransit JSON envelope (<c>application/vnd.masstransit+json</c>) a dead letter shows.</summary>
/// <param name="MessageUrn">The message's type as MassTransit names it: <c>urn:message:{namespace}:{name}</c>.</param>
internal sealed record MessageEnvelope(Guid MessageId, string MessageUrn, JsonElement Message)
{
    /// <summary>The type's name without its namespace.</summary>
    public string MessageType => MessageUrn[(MessageUrn.LastIndexOf(':') + 1)..];

    public static MessageEnvelope Read(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return new MessageEnvelope(
            root.TryGetProperty("messageId", out var id) && id.TryGetGuid(out var messageId) ? messageId : Guid.Empty,
            root.TryGetProperty("messageType", out var types) && types.GetArrayLength() > 0 ? types[0].GetString() ?? "" : "",
            root.TryGetProperty("message", out var message) ? message.Clone() : default);
    }
}
