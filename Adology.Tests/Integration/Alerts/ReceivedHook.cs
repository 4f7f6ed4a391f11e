namespace Adology.Tests.Integration.Alerts;

/// <param name="Answered">The status the receiver answered.</param>
internal sealed record ReceivedHook(string Timestamp, string Signature, string? ContentType, string Body, int Answered);
