using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration;

/// <summary>One host for the integration tests that need no settings of their own; each test owns its users and brands.</summary>
[SetUpFixture]
internal sealed class SharedHost
{
    private static TestHost? host;

    public static TestHost Instance => host ??= new TestHost();

    [OneTimeTearDown]
    public void StopHost() => host?.Dispose();
}
