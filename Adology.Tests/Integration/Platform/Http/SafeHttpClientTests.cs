using System.Diagnostics;
using Adology.Modules.Platform.Http;
using static Adology.Tests.Integration.Platform.Http.Responses;

namespace Adology.Tests.Integration.Platform.Http;

public sealed class SafeHttpClientTests
{
    private readonly SafeHttpClients clients = new();
    private StubServer allowed = null!;
    private StubServer notAllowed = null!;

    [OneTimeSetUp]
    public async Task StartServers()
    {
        allowed = await StubServer.StartAsync();
        notAllowed = await StubServer.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopServers()
    {
        await allowed.DisposeAsync();
        await notAllowed.DisposeAsync();
    }

    [TearDown]
    public void DisposeClients() => clients.Dispose();

    [Test]
    public async Task Ok_body_is_returned_with_its_content_type_and_url()
    {
        var url = allowed.Map((context, _) => Body(context, [1, 2, 3], "image/png"));

        var body = await Client().FetchAsync(url, CancellationToken.None);

        Assert.That(body.Content, Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(body.ContentType, Is.EqualTo("image/png"));
        Assert.That(body.FinalUrl, Is.EqualTo(url));
    }

    [TestCase("http://127.0.0.1:{0}")]
    [TestCase("http://localhost:{0}")]
    [TestCase("http://[::1]:{0}")]
    [TestCase("http://2130706433:{0}")]
    [TestCase("http://0177.0.0.1:{0}")]
    [TestCase("http://0x7f.0.0.1:{0}")]
    [TestCase("http://127.1:{0}")]
    [TestCase("http://[::ffff:127.0.0.1]:{0}")]
    [TestCase("http://[0:0:0:0:0:ffff:7f00:1]:{0}")]
    public void Loopback_is_refused_in_every_spelling_when_not_allowed(string spelling)
    {
        var target = notAllowed.Map((context, _) => Body(context, [1]));
        var url = new Uri(string.Format(spelling, notAllowed.Port) + target.AbsolutePath);

        var failure = FailureOf(Client(), url);

        Assert.That(failure.Reason, Does.StartWith("refused address"));
        Assert.That(failure.Transient, Is.False);
        Assert.That(notAllowed.Hits(target), Is.Zero);
    }

    [TestCase("http://10.0.0.1:{0}", "private")]
    [TestCase("http://192.168.1.1:{0}", "private")]
    [TestCase("http://172.16.0.1:{0}", "private")]
    [TestCase("http://100.64.0.1:{0}", "carrier-grade NAT")]
    [TestCase("http://169.254.169.254:{0}", "link-local")]
    [TestCase("http://[fe80::1]:{0}", "link-local")]
    [TestCase("http://[fd00::1]:{0}", "unique-local")]
    [TestCase("http://224.0.0.1:{0}", "multicast")]
    [TestCase("http://255.255.255.255:{0}", "broadcast")]
    [TestCase("http://0.0.0.0:{0}", "this network")]
    [TestCase("http://0:{0}", "this network")]
    [TestCase("http://[::]:{0}", "unspecified")]
    [TestCase("http://[::ffff:10.0.0.1]:{0}", "private")]
    [TestCase("http://[64:ff9b::a9fe:a9fe]:{0}", "link-local")]
    [TestCase("http://[2002:a00:1::]:{0}", "private")]
    public void Non_public_address_is_refused_without_connecting(string spelling, string kind)
    {
        var target = notAllowed.Map((context, _) => Body(context, [1]));
        var url = new Uri(string.Format(spelling, notAllowed.Port) + target.AbsolutePath);
        var client = Client(options => options.ConnectTimeout = TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();

        var failure = FailureOf(client, url);

        Assert.That(failure.Reason, Does.StartWith("refused address").And.EndWith($"({kind})"));
        Assert.That(failure.Transient, Is.False);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(notAllowed.Hits(target), Is.Zero);
    }

    [Test]
    public void Redirect_to_cloud_metadata_address_is_refused()
    {
        var url = allowed.Map((context, _) => Redirect(context, "http://169.254.169.254/latest/meta-data"));

        var failure = FailureOf(Client(), url);

        Assert.That(failure.Reason, Is.EqualTo("refused address 169.254.169.254 (link-local)"));
        Assert.That(failure.Transient, Is.False);
        Assert.That(allowed.Hits(url), Is.EqualTo(1));
    }

    [Test]
    public void Redirect_to_a_loopback_port_that_is_not_allowed_is_refused()
    {
        var target = notAllowed.Map((context, _) => Body(context, [1]));
        var url = allowed.Map((context, _) => Redirect(context, target.ToString()));

        var failure = FailureOf(Client(), url);

        Assert.That(failure.Reason, Is.EqualTo("refused address 127.0.0.1 (loopback)"));
        Assert.That(notAllowed.Hits(target), Is.Zero);
    }

    [Test]
    public void Redirect_to_ftp_is_refused()
    {
        var url = allowed.Map((context, _) => Redirect(context, "ftp://example.com/creative.png"));

        var failure = FailureOf(Client(), url);

        Assert.That(failure.Reason, Is.EqualTo("refused scheme ftp"));
        Assert.That(failure.Transient, Is.False);
    }

    [TestCase("ftp://example.com/creative.png", "refused scheme ftp")]
    [TestCase("file:///etc/passwd", "refused scheme file")]
    [TestCase("gopher://example.com/", "refused scheme gopher")]
    public void Non_http_scheme_is_refused(string url, string reason)
    {
        var failure = FailureOf(Client(), new Uri(url));

        Assert.That(failure.Reason, Is.EqualTo(reason));
        Assert.That(failure.Transient, Is.False);
    }

    [Test]
    public async Task Five_redirects_are_followed()
    {
        var (first, last) = RedirectChain(5);

        var body = await Client().FetchAsync(first, CancellationToken.None);

        Assert.That(body.Content, Is.EqualTo("done"u8.ToArray()));
        Assert.That(body.FinalUrl, Is.EqualTo(last));
    }

    [Test]
    public void Six_redirects_are_refused()
    {
        var (first, last) = RedirectChain(6);

        var failure = FailureOf(Client(), first);

        Assert.That(failure.Reason, Is.EqualTo("too many redirects (more than 5)"));
        Assert.That(failure.Transient, Is.False);
        Assert.That(allowed.Hits(last), Is.Zero);
    }

    [Test]
    public void Content_length_over_the_cap_is_refused_before_the_body_arrives()
    {
        var url = allowed.Map(async (context, _) =>
        {
            context.Response.ContentLength = 64 * 1024 + 1;
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Hang(context);
        });
        var client = Client(options => options.MaxBodyBytes = 64 * 1024);

        var failure = FailureOf(client, url);

        Assert.That(failure.Reason, Is.EqualTo("body larger than 65536 bytes"));
        Assert.That(failure.Transient, Is.False);
        Assert.That(allowed.Hits(url), Is.EqualTo(1));
    }

    [Test]
    public void Chunked_body_over_the_cap_is_refused()
    {
        var url = allowed.Map((context, _) => Chunked(context, new byte[64 * 1024 + 1]));
        var client = Client(options => options.MaxBodyBytes = 64 * 1024);

        var failure = FailureOf(client, url);

        Assert.That(failure.Reason, Is.EqualTo("body larger than 65536 bytes"));
        Assert.That(failure.Transient, Is.False);
        Assert.That(allowed.Hits(url), Is.EqualTo(1));
    }

    [Test]
    public async Task Chunked_body_up_to_the_cap_is_returned_whole()
    {
        var content = new byte[64 * 1024];
        Random.Shared.NextBytes(content);
        var url = allowed.Map((context, _) => Chunked(context, content));
        var client = Client(options => options.MaxBodyBytes = content.Length);

        var body = await client.FetchAsync(url, CancellationToken.None);

        Assert.That(body.Content, Is.EqualTo(content));
    }

    private SafeHttpClient Client(Action<SafeHttpOptions>? configure = null) => clients.Create(allowed.Authority, configure);

    private (Uri First, Uri Last) RedirectChain(int redirects)
    {
        var last = allowed.Map((context, _) => Body(context, "done"u8.ToArray()));
        var first = last;
        for (var i = 0; i < redirects; i++)
        {
            var next = first.AbsolutePath;
            first = allowed.Map((context, _) => Redirect(context, next));
        }

        return (first, last);
    }

    private static FetchFailedException FailureOf(SafeHttpClient client, Uri url) =>
        Assert.ThrowsAsync<FetchFailedException>(() => client.FetchAsync(url, CancellationToken.None))!;
}
