using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Adology.Modules.Platform.Http;
using static Adology.Tests.Integration.Platform.Http.Responses;

namespace Adology.Tests.Integration.Platform.Http;

public sealed class SafeHttpClientRetryTests
{
    private readonly SafeHttpClients clients = new();
    private StubServer server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => server = await StubServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await server.DisposeAsync();

    [TearDown]
    public void DisposeClients() => clients.Dispose();

    [Test]
    public async Task Service_unavailable_then_ok_succeeds_after_a_retry()
    {
        var url = server.Map((context, attempt) => attempt == 1 ? Status(context, 503) : Body(context, "ok"u8.ToArray()));

        var body = await Client().FetchAsync(url, CancellationToken.None);

        Assert.That(body.Content, Is.EqualTo("ok"u8.ToArray()));
        Assert.That(server.Hits(url), Is.EqualTo(2));
    }

    [Test]
    public void Server_error_is_retried_then_fails_as_transient()
    {
        var url = server.Map((context, _) => Status(context, 500));

        var failure = FailureOf(Client(options => options.MaxRetries = 2), url);

        Assert.That(failure.Reason, Is.EqualTo("HTTP 500 Internal Server Error"));
        Assert.That(failure.Transient, Is.True);
        Assert.That(server.Hits(url), Is.EqualTo(3));
    }

    [Test]
    public async Task Too_many_requests_waits_for_retry_after_then_succeeds()
    {
        var url = server.Map((context, attempt) => attempt == 1 ? Status(context, 429, retryAfter: "1") : Body(context, "ok"u8.ToArray()));
        var clock = Stopwatch.StartNew();

        var body = await Client().FetchAsync(url, CancellationToken.None);

        Assert.That(body.Content, Is.EqualTo("ok"u8.ToArray()));
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)));
        Assert.That(server.Hits(url), Is.EqualTo(2));
    }

    [Test]
    public void Retry_after_longer_than_the_limit_fails_at_once_as_transient()
    {
        var url = server.Map((context, _) => Status(context, 429, retryAfter: "3600"));
        var clock = Stopwatch.StartNew();

        var failure = FailureOf(Client(), url);

        Assert.That(failure.Reason, Is.EqualTo("HTTP 429 Too Many Requests (Retry-After 3600)"));
        Assert.That(failure.Transient, Is.True);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That(server.Hits(url), Is.EqualTo(1));
    }

    [Test]
    public void Not_found_fails_at_once_after_one_attempt()
    {
        var url = server.Map((context, _) => Status(context, 404));

        var failure = FailureOf(Client(), url);

        Assert.That(failure.Reason, Is.EqualTo("HTTP 404 Not Found"));
        Assert.That(failure.Transient, Is.False);
        Assert.That(server.Hits(url), Is.EqualTo(1));
    }

    [Test]
    public void Hanging_server_times_out_each_attempt()
    {
        var url = server.Map((context, _) => Hang(context));
        var client = Client(options => (options.RequestTimeout, options.MaxRetries) = (TimeSpan.FromMilliseconds(200), 1));

        var failure = FailureOf(client, url);

        Assert.That(failure.Reason, Is.EqualTo("timed out after 0.2 s"));
        Assert.That(failure.Transient, Is.True);
        Assert.That(server.Hits(url), Is.EqualTo(2));
    }

    [Test]
    public void Body_that_stalls_times_out()
    {
        var url = server.Map(async (context, _) =>
        {
            context.Response.ContentLength = 1000;
            await context.Response.Body.WriteAsync(new byte[10], context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Hang(context);
        });
        var client = Client(options => (options.RequestTimeout, options.MaxRetries) = (TimeSpan.FromMilliseconds(200), 1));

        var failure = FailureOf(client, url);

        Assert.That(failure.Reason, Is.EqualTo("timed out after 0.2 s"));
        Assert.That(server.Hits(url), Is.EqualTo(2));
    }

    [Test]
    public void Total_timeout_bounds_all_attempts()
    {
        var url = server.Map((context, _) => Hang(context));
        var client = Client(options => options.TotalTimeout = TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var failure = FailureOf(client, url);

        Assert.That(failure.Reason, Is.EqualTo("timed out after 0.3 s in total"));
        Assert.That(failure.Transient, Is.True);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void Caller_cancellation_is_not_a_fetch_failure()
    {
        var url = server.Map((context, _) => Hang(context));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.CatchAsync<OperationCanceledException>(() => Client().FetchAsync(url, cancellation.Token));
    }

    [Test]
    public void Connection_refused_on_an_allowed_port_fails_as_transient()
    {
        var port = UnusedPort();
        var client = Client(options => options.AllowedEndpoints.Add($"127.0.0.1:{port}"));

        var failure = FailureOf(client, new Uri($"http://127.0.0.1:{port}/creative.png"));

        Assert.That(failure.Reason, Does.StartWith("Connection refused"));
        Assert.That(failure.Transient, Is.True);
    }

    [Test]
    public async Task Connect_timeout_is_retried_then_fails_as_transient()
    {
        using var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        // Fills the backlog of a listener that never accepts, so the next connect hangs.
        using var filler = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await filler.ConnectAsync(IPAddress.Loopback, port);
        var client = Client(options =>
        {
            options.AllowedEndpoints.Add($"127.0.0.1:{port}");
            (options.ConnectTimeout, options.MaxRetries) = (TimeSpan.FromMilliseconds(200), 1);
        });
        var clock = Stopwatch.StartNew();

        var failure = FailureOf(client, new Uri($"http://127.0.0.1:{port}/creative.png"));

        Assert.That(failure.Reason, Is.EqualTo("timed out connecting after 0.2 s"));
        Assert.That(failure.Transient, Is.True);
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(400)));
    }

    [Test]
    public async Task Connection_reset_is_retried_then_fails_as_transient()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = 0;
        var resets = ResetEveryConnection(listener, () => Interlocked.Increment(ref accepted));
        var client = Client(options => options.AllowedEndpoints.Add($"127.0.0.1:{port}"));

        var failure = FailureOf(client, new Uri($"http://127.0.0.1:{port}/creative.png"));
        listener.Stop();
        await resets;

        Assert.That(failure.Transient, Is.True);
        Assert.That(accepted, Is.EqualTo(4));
    }

    private SafeHttpClient Client(Action<SafeHttpOptions>? configure = null) => clients.Create(server.Authority, configure);

    private static FetchFailedException FailureOf(SafeHttpClient client, Uri url) =>
        Assert.ThrowsAsync<FetchFailedException>(() => client.FetchAsync(url, CancellationToken.None))!;

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task ResetEveryConnection(TcpListener listener, Action onAccept)
    {
        try
        {
            while (true)
            {
                using var socket = await listener.AcceptSocketAsync();
                onAccept();
                socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
