namespace Adology.Bench;

/// <summary>A progress event as one connection received it: its latency from the event's server time <c>at</c>.</summary>
internal sealed record ProgressStamp(string Type, Guid JobId, double Milliseconds, DateTimeOffset Arrived);
