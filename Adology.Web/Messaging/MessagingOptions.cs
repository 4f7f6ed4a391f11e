namespace Adology.Web.Messaging;

internal sealed class MessagingOptions
{
    public const string Section = "Messaging";
    public const string InMemory = "InMemory";
    public const string RabbitMq = "RabbitMq";

    /// <summary><c>InMemory</c> (one host, no broker) or <c>RabbitMq</c> (durable queues, several hosts).</summary>
    public string Transport { get; set; } = InMemory;

    /// <summary>
    /// After its immediate retries, a failed message goes back to its queue this many times, ever later, before it is
    /// dead-lettered: a database down for a minute does not dead-letter a scan.
    /// </summary>
    public int Redeliveries { get; set; } = 3;

    /// <summary>The first redelivery's delay; each next one waits this much longer.</summary>
    public TimeSpan RedeliveryInterval { get; set; } = TimeSpan.FromSeconds(30);

    public static string TransportOf(IConfiguration configuration) =>
        configuration[$"{Section}:{nameof(Transport)}"] is { Length: > 0 } transport ? transport : InMemory;

    public static bool IsInMemory(IConfiguration configuration) =>
        string.Equals(TransportOf(configuration), InMemory, StringComparison.OrdinalIgnoreCase);
}
