using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Platform.Http;

/// <summary>Builds clients the way the host does, through <c>AddSafeHttpClient</c>, with retry delays kept short.</summary>
internal sealed class SafeHttpClients : IDisposable
{
    private readonly List<ServiceProvider> providers = [];

    public SafeHttpClient Create(string allowedEndpoint, Action<SafeHttpOptions>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{SafeHttpOptions.Section}:AllowedEndpoints:0"] = allowedEndpoint,
            [$"{SafeHttpOptions.Section}:RetryBaseDelay"] = "00:00:00.010",
        }).Build();
        var services = new ServiceCollection().AddSafeHttpClient(configuration);
        services.PostConfigure<SafeHttpOptions>(options => configure?.Invoke(options));
        var provider = services.BuildServiceProvider();
        providers.Add(provider);
        return provider.GetRequiredService<SafeHttpClient>();
    }

    public void Dispose()
    {
        providers.ForEach(provider => provider.Dispose());
        providers.Clear();
    }
}
