using System.Net.Http.Headers;
using Adology.Modules.Gather.Sources;
using Adology.Modules.Platform.Http;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>
/// Reads pages of <c>ads_archive</c> through the safe HTTP client, the token in the <c>Authorization</c> header.
/// A refused token fails the scan saying so; rate limiting (HTTP 429 or the Graph API's limit codes) is waited
/// out with a doubling delay, a few times, before the scan fails.
/// </summary>
internal sealed class AdsArchiveClient(SafeHttpClient http, IOptions<AdLibraryOptions> options, IOptions<GatherOptions> gather, TimeProvider clock)
{
    private const int ErrorBodyBytes = 16 * 1024;

    public async Task<AdsArchivePage> PageAsync(Uri url, int pageNumber, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fetch = new FetchOptions(new AuthenticationHeaderValue("Bearer", settings.AccessToken), ErrorBodyBytes, gather.Value.PageLimit);
        for (var retries = 0; ; retries++)
        {
            try
            {
                var body = await http.FetchAsync(url, fetch, cancellationToken);
                return AdsArchiveParser.Parse(body.Content, pageNumber);
            }
            catch (FetchFailedException exception)
            {
                var error = GraphError.Parse(exception.ErrorBody);
                var problem = Describe(exception, error, settings.AccessToken);
                if (error?.Code == GraphError.ExpiredOrInvalidToken || exception.Status == 401)
                {
                    throw new GatherFailedException(
                        $"The ad library refused the access token ({problem}): set a valid {AdLibraryOptions.Section}:AccessToken.");
                }

                if (exception.Status != 429 && error?.IsRateLimit != true)
                {
                    throw new GatherFailedException($"The ad library's page {pageNumber} could not be read: {problem}.");
                }

                if (retries == settings.RateLimitRetries)
                {
                    throw new GatherFailedException(
                        $"The ad library kept limiting the rate of calls ({problem}) after {retries} retries: try the scan again later.");
                }

                await Task.Delay(settings.RateLimitDelay * Math.Pow(2, retries), clock, cancellationToken);
            }
        }
    }

    private static string Describe(FetchFailedException exception, GraphError? error, string? token) =>
        AccessTokens.Scrub(
            error is null ? exception.Reason : $"{exception.Reason}, Graph error {error.Code}{(error.Subcode is { } sub ? $"/{sub}" : "")}: {error.Message}",
            token);
}
