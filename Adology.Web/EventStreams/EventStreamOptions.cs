namespace Adology.Web.EventStreams;

internal sealed class EventStreamOptions
{
    public const string Section = "EventStreams";

    /// <summary>Open streams a user may hold on one host; one more is a 429.</summary>
    public int MaxStreamsPerUser { get; set; } = 10;

    /// <summary>How often an open stream looks for events stored by other hosts (this host's own wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A comment line is sent after this long without an event, so that proxies keep the stream open.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);
}
