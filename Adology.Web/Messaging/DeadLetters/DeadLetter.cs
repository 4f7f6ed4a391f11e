using System.Text.Json;

namespace Adology.Web.Messaging.DeadLetters;

/// <summary>A message that exhausted its retries and redeliveries, as the admin API shows it.</summary>
/// <param name="Id">The message's MassTransit message id.</param>
/// <param name="Queue">The queue of the consumer that failed, where a replay sends it back.</param>
/// <param name="MessageType">The contract's name, e.g. <c>ScanRequested</c>.</param>
/// <param name="Message">The message itself, as JSON.</param>
/// <param name="Reason">The last exception's message.</param>
internal sealed record DeadLetter(
    Guid Id, string Queue, string MessageType, JsonElement Message, string? ExceptionType, string? Reason, DateTimeOffset? FaultedAt);
