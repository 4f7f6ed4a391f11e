namespace Adology.Web.Messaging.DeadLetters;

/// <param name="MessageUrn">The message's MassTransit type, to send it back as that type.</param>
/// <param name="InputAddress">The address of the queue whose consumer failed.</param>
internal sealed record StoredDeadLetter(DeadLetter Letter, string MessageUrn, Uri InputAddress);
