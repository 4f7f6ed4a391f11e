using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Adology.Modules.Platform.Http;

/// <summary>Retries transient failures with jittered exponential backoff, each attempt under its own timeout.</summary>
internal static class SafeHttpRetry
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<SafeHttpOptions>>().Value;
        var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => new ValueTask<bool>(
                    IsTransient(args.Outcome, options.MaxRetryAfter, clock, args.Context.CancellationToken)),
                // Our own generator, so the Retry-After we wait for is the one IsTransient judged.
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Result is { } response ? RetryAfter(response, clock) : null),
            });
        }

        builder.AddTimeout(options.RequestTimeout);
    }

    private static bool IsTransient(
        Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider clock, CancellationToken cancellationToken) =>
        outcome switch
        {
            { Exception: HttpRequestException { InnerException: FetchFailedException } } => false,
            // SocketsHttpHandler lets a SocketException through when the peer resets right after connecting.
            { Exception: HttpRequestException or IOException or SocketException or TimeoutRejectedException } => true,
            // Not the caller's token, so a connect timeout.
            { Exception: OperationCanceledException } => !cancellationToken.IsCancellationRequested,
            { Result: { } response } => IsTransient(response.StatusCode) && !(RetryAfter(response, clock) > maxRetryAfter),
            _ => false,
        };

    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock) =>
        response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) ? null
        : response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => TimeSpan.FromTicks(Math.Max(0, (date - clock.GetUtcNow()).Ticks)),
            _ => null,
        };
}
