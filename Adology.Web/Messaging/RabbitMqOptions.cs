namespace Adology.Web.Messaging;

/// <summary>The broker of <c>Messaging:Transport=RabbitMq</c>.</summary>
internal sealed class RabbitMqOptions
{
    public const string Section = "Messaging:RabbitMq";

    public string Host { get; set; } = "localhost";

    public ushort Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>
    /// AMQPS: TLS to the broker, its certificate checked against <see cref="Host"/> (e.g. Amazon MQ for RabbitMQ, which takes
    /// only AMQPS, on port 5671).
    /// </summary>
    public bool UseSsl { get; set; }

    /// <summary>
    /// The broker runs the <c>rabbitmq_delayed_message_exchange</c> plugin, which delayed redelivery needs; without it
    /// a failed message is retried in the host, then dead-lettered.
    /// </summary>
    public bool DelayedExchange { get; set; }
}
