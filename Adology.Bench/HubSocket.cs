using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Adology.Bench;

/// <summary>
/// One connection to the progress hub speaking SignalR's JSON protocol straight over a <see cref="ClientWebSocket"/>
/// (no negotiation, no HubConnection: 50,000 of those would cost the benchmark gigabytes): the handshake, one
/// <c>JoinJob</c>, then the <c>progress</c> events it receives, each with its time of arrival.
/// </summary>
internal sealed class HubSocket : IDisposable
{
    private const byte RecordSeparator = 0x1E;
    private static readonly TimeSpan ReplyWithin = TimeSpan.FromMinutes(1);
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    private readonly ClientWebSocket socket = new();
    private readonly Action<ProgressStamp> onProgress;
    private byte[] buffer = new byte[1024];
    private int filled;
    private TaskCompletionSource<string?>? reply;

    private HubSocket(Action<ProgressStamp> onProgress)
    {
        this.onProgress = onProgress;
        // SignalR's own pings (sent by the benchmark) keep the connection alive; WebSocket pings would be a second timer.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    public bool Open { get; private set; } = true;

    /// <summary>Why the connection closed, when it did.</summary>
    public string? ClosedBecause { get; private set; }

    /// <summary>Connects to <paramref name="hub"/> (<c>ws://…/hubs/progress</c>) with the token in the query and joins the job.</summary>
    public static async Task<HubSocket> ConnectAsync(
        Uri hub, string accessToken, Guid jobId, HttpMessageInvoker invoker, Action<ProgressStamp> onProgress, CancellationToken cancellationToken)
    {
        var connection = new HubSocket(onProgress);
        try
        {
            await connection.socket.ConnectAsync(new Uri($"{hub}?access_token={accessToken}"), invoker, cancellationToken);
            _ = connection.ReceiveAsync();
            await connection.CallAsync(Handshake, "handshake");
            await connection.CallAsync(Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"JoinJob\",\"arguments\":[\"{jobId}\"]}}\u001e"), "JoinJob");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The client's keep-alive: the server closes a connection it has heard nothing from for 30 s (ClientTimeoutInterval).</summary>
    public async Task PingAsync()
    {
        try
        {
            await socket.SendAsync(Ping, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        catch (WebSocketException exception)
        {
            Close(exception.Message);
        }
    }

    /// <summary>Aborts the connection: no close handshake, which 50,000 of would only slow the benchmark's end.</summary>
    public void Dispose()
    {
        Open = false;
        socket.Abort();
        socket.Dispose();
    }

    private async Task CallAsync(byte[] message, string what)
    {
        reply = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        if (await reply.Task.WaitAsync(ReplyWithin) is { } error)
        {
            throw new InvalidOperationException($"{what}: {error}");
        }

        reply = null;
    }

    private async Task ReceiveAsync()
    {
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var received = await socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    Close($"closed by the server: {socket.CloseStatus} {socket.CloseStatusDescription}");
                    return;
                }

                filled += received.Count;
                Dispatch(DateTimeOffset.UtcNow);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            Close(exception.Message);
        }
    }

    private void Dispatch(DateTimeOffset arrived)
    {
        var start = 0;
        int length;
        while ((length = buffer.AsSpan(start, filled - start).IndexOf(RecordSeparator)) >= 0)
        {
            Handle(buffer.AsSpan(start, length), arrived);
            start += length + 1;
        }

        buffer.AsSpan(start, filled - start).CopyTo(buffer);
        filled -= start;
    }

    private void Handle(ReadOnlySpan<byte> record, DateTimeOffset arrived)
    {
        if (record.SequenceEqual(Ping.AsSpan(0, Ping.Length - 1)))
        {
            return;
        }

        var message = JsonSerializer.Deserialize<HubRecord>(record, JsonSerializerOptions.Web)!;
        switch (message.Type)
        {
            case null or 3:
                // The handshake's answer ({} or {error}) or the invocation's completion ({result} or {error}).
                reply?.TrySetResult(message.Error);
                break;
            case 1 when message.Target == "progress" && message.Arguments is [var progress, ..]:
                var stamp = progress.Deserialize<EventStamp>(JsonSerializerOptions.Web)!;
                onProgress(new ProgressStamp(stamp.Type, stamp.JobId, (arrived - stamp.At).TotalMilliseconds, arrived));
                break;
            case 7:
                Close($"closed by the server: {message.Error}");
                break;
        }
    }

    private void Close(string why)
    {
        if (Open)
        {
            (Open, ClosedBecause) = (false, why);
        }

        reply?.TrySetResult($"connection closed: {why}");
    }

    /// <summary>What the benchmark reads of a hub message: handshake answers, completions, invocations and close.</summary>
    private sealed record HubRecord(int? Type, string? Target, string? Error, JsonElement[]? Arguments);

    /// <summary>The part of a progress event the benchmark reads.</summary>
    private sealed record EventStamp(string Type, Guid JobId, DateTimeOffset At);
}
