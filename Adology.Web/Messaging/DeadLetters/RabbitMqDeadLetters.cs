using System.Text;
using Adology.Modules.Contracts;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Adology.Web.Messaging.DeadLetters;

/// <summary>
/// The dead letters in MassTransit's <c>{queue}_error</c> queues, read with basic.get and left unacknowledged: closing
/// the channel puts every message read back where it was, except the one acknowledged — after it has been published
/// back to its queue, with confirmation, for a replay, or for good, for a discard.
/// </summary>
internal sealed class RabbitMqDeadLetters(ReceiveQueues queues, IOptions<RabbitMqOptions> options) : IDeadLetters, IAsyncDisposable
{
    private readonly SemaphoreSlim connecting = new(1, 1);
    private IConnection? connection;

    public async Task<Page<DeadLetter>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var broker = await ConnectAsync(cancellationToken);
        await using var channel = await broker.CreateChannelAsync(cancellationToken: cancellationToken);
        var items = new List<DeadLetter>(page.PageSize);
        var skip = page.Skip;
        long total = 0;
        foreach (var queue in queues.Names)
        {
            var errorQueue = ReceiveQueues.ErrorQueueOf(queue);
            var count = await CountAsync(broker, errorQueue, cancellationToken);
            total += count;
            if (items.Count == page.PageSize || count == 0)
            {
                continue;
            }

            if (skip >= count)
            {
                skip -= (int)count;
                continue;
            }

            var read = 0;
            while (items.Count < page.PageSize && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } message)
            {
                if (read++ >= skip)
                {
                    items.Add(View(queue, message));
                }
            }

            skip = 0;
        }

        return new Page<DeadLetter>(items, total, page.PageNumber, page.PageSize);
    }

    public Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken) => SettleAsync(id, replay: true, cancellationToken);

    public Task<bool> DiscardAsync(Guid id, CancellationToken cancellationToken) => SettleAsync(id, replay: false, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        connecting.Dispose();
    }

    private async Task<bool> SettleAsync(Guid id, bool replay, CancellationToken cancellationToken)
    {
        var broker = await ConnectAsync(cancellationToken);
        var confirmed = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await broker.CreateChannelAsync(confirmed, cancellationToken);
        foreach (var queue in queues.Names)
        {
            var errorQueue = ReceiveQueues.ErrorQueueOf(queue);
            if (await CountAsync(broker, errorQueue, cancellationToken) == 0)
            {
                continue;
            }

            while (await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } message)
            {
                if (Envelope(message).MessageId != id)
                {
                    continue;
                }

                if (replay)
                {
                    await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, WithoutFault(message.BasicProperties), message.Body, cancellationToken);
                }

                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
                return true;
            }
        }

        return false;
    }

    private static DeadLetter View(string queue, BasicGetResult message)
    {
        var envelope = Envelope(message);
        var headers = message.BasicProperties.Headers;
        return new DeadLetter(
            envelope.MessageId,
            queue,
            envelope.MessageType,
            envelope.Message,
            Header(headers, "MT-Fault-ExceptionType"),
            Header(headers, "MT-Fault-Message"),
            DateTimeOffset.TryParse(Header(headers, "MT-Fault-Timestamp"), out var faultedAt) ? faultedAt : null);
    }

    private static MessageEnvelope Envelope(BasicGetResult message)
    {
        var properties = message.BasicProperties;
        // A raw message's headers are AMQP headers; its id may be only the AMQP message-id property.
        return MessageEnvelope.Read(
            message.Body,
            properties.ContentType,
            name => Header(properties.Headers, name) ?? (name == MassTransit.MessageHeaders.MessageId ? properties.MessageId : null));
    }

    /// <summary>The message as first sent: the headers MassTransit added when it set the message aside are left out.</summary>
    private static BasicProperties WithoutFault(IReadOnlyBasicProperties properties) => new(properties)
    {
        Headers = properties.Headers?
            .Where(header => !header.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && header.Key != "MT-Reason")
            .ToDictionary(header => header.Key, header => header.Value),
    };

    private static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers?.TryGetValue(name, out var value) == true
            ? value switch
            {
                byte[] text => Encoding.UTF8.GetString(text),
                _ => value?.ToString(),
            }
            : null;

    /// <summary>The messages waiting in a queue; 0 when MassTransit has not created it (nothing ever failed there).</summary>
    private static async Task<uint> CountAsync(IConnection broker, string queue, CancellationToken cancellationToken)
    {
        // Declaring a missing queue closes the channel it was declared on: hence a channel of its own.
        await using var probe = await broker.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await probe.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0;
        }
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await connecting.WaitAsync(cancellationToken);
        try
        {
            if (connection is not { IsOpen: true })
            {
                var broker = options.Value;
                var factory = new ConnectionFactory
                {
                    HostName = broker.Host,
                    Port = broker.Port,
                    VirtualHost = broker.VirtualHost,
                    UserName = broker.Username,
                    Password = broker.Password,
                    ClientProvidedName = "adology-dead-letters",
                };
                connection = await factory.CreateConnectionAsync(cancellationToken);
            }

            return connection;
        }
        finally
        {
            connecting.Release();
        }
    }
}
