namespace Adology.Tests.Integration.Support;

/// <summary>One Server-Sent Events frame as received: its <c>id:</c>, <c>event:</c> and <c>data:</c> fields.</summary>
internal sealed record EventStreamFrame(string? Id, string? Event, string Data);
