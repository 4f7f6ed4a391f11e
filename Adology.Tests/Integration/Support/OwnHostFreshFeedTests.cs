namespace Adology.Tests.Integration.Support;

/// <summary>
/// Tests that need a host of their own settings for the whole fixture and a feed server of each test's own, which the
/// host may download from: what one test programs into its feed never reaches another's scans.
/// </summary>
public abstract class OwnHostFreshFeedTests
{
    private protected TestHost Host { get; private set; } = null!;

    private protected FeedServer Feed { get; private set; } = null!;

    private protected abstract TestHost StartHost();

    [OneTimeSetUp]
    public void StartOwnHost() => Host = StartHost();

    [OneTimeTearDown]
    public void StopOwnHost() => Host.Dispose();

    [SetUp]
    public async Task StartFeed()
    {
        Feed = await FeedServer.StartAsync();
        Host.Allow(Feed.BaseUri);
    }

    [TearDown]
    public async Task StopFeed() => await Feed.DisposeAsync();
}
