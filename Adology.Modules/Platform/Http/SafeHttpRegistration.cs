using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Platform.Http;

internal static class SafeHttpRegistration
{
    public static IServiceCollection AddSafeHttpClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SafeHttpOptions>(configuration.GetSection(SafeHttpOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AllowedEndpoints>();
        services.AddSingleton<SafeHttpClient>();
        var client = services.AddHttpClient(SafeHttpClient.Name)
            .ConfigurePrimaryHttpMessageHandler(CreateHandler)
            // SafeHttpClient bounds a whole fetch, redirects included, with its own total timeout.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // The singleton SafeHttpClient keeps its HttpClient; PooledConnectionLifetime picks up DNS changes instead.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // Per-request log lines and scopes cost too much at thousands of requests a second.
            .RemoveAllLoggers();
        client.AddResilienceHandler("retry", SafeHttpRetry.Configure);
        // Added after the retry, so it runs inside it: reading the body is part of each attempt.
        client.AddHttpMessageHandler(provider => new BodyLimitHandler(Options(provider).MaxBodyBytes));
        services.AddSingleton<SafePoster>();
        services.AddHttpClient(SafePoster.Name)
            .ConfigurePrimaryHttpMessageHandler(CreateHandler)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        return services;
    }

    private static SocketsHttpHandler CreateHandler(IServiceProvider provider) => new()
    {
        ConnectCallback = new SafeConnector(provider.GetRequiredService<AllowedEndpoints>()).ConnectAsync,
        ConnectTimeout = Options(provider).ConnectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        MaxConnectionsPerServer = Options(provider).MaxConnectionsPerServer,
        AutomaticDecompression = DecompressionMethods.None,
        AllowAutoRedirect = false,
        UseCookies = false,
        // Through a proxy the connect callback would vet the proxy, not the target.
        UseProxy = false,
    };

    private static SafeHttpOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<SafeHttpOptions>>().Value;
}
