using System.Collections.Concurrent;
using System.Text.Json;
using Adology.Tests.Integration.Support;
using Microsoft.AspNetCore.Http;

namespace Adology.Tests.Integration.Sources;

/// <summary>
/// A stand-in for the Graph API's <c>ads_archive</c> on the test site: answers in the documented shape
/// (<c>data</c>, <c>paging.next</c> with the token in it, as the real API does), checks the bearer token, and
/// keeps each request's query and whether it carried the token.
/// </summary>
internal sealed class AdLibraryStandIn(FeedServer site, string token)
{
    public const string Path = "v21.0/ads_archive";

    public Uri BaseUrl => site.Url("v21.0");

    public ConcurrentQueue<(string Query, string? Authorization)> Requests { get; } = new();

    /// <summary>Serves the ads <paramref name="pageSize"/> at a time, the cursor being the page number.</summary>
    public void Serve(IReadOnlyList<object> ads, int pageSize, Func<int, HttpContext, Task<bool>>? interfere = null)
    {
        var calls = 0;
        site.Map(Path, async http =>
        {
            Requests.Enqueue((http.Request.QueryString.Value ?? "", http.Request.Headers.Authorization.ToString()));
            if (interfere is not null && await interfere(Interlocked.Increment(ref calls), http))
            {
                return;
            }

            if (http.Request.Headers.Authorization != $"Bearer {token}")
            {
                await ErrorAsync(http, StatusCodes.Status400BadRequest, 190, "Invalid OAuth access token - Cannot parse access token");
                return;
            }

            var page = int.TryParse(http.Request.Query["after"], out var after) ? after : 0;
            var kept = http.Request.Query.Where(pair => pair.Key is not ("after" or "access_token")).Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value.ToString())}");
            var next = (page + 1) * pageSize < ads.Count
                ? $"{BaseUrl}/ads_archive?{string.Join('&', kept)}&access_token={token}&after={page + 1}"
                : null;
            await http.Response.WriteAsJsonAsync(new
            {
                data = ads.Skip(page * pageSize).Take(pageSize),
                paging = new { cursors = new { before = "b", after = $"{page + 1}" }, next },
            });
        });
    }

    public string SnapshotUrl(string id) => site.Url($"render_ad/?id={id}&access_token={token}").AbsoluteUri;

    /// <summary>Serves each ad's snapshot page (the HTML by ad id) at <see cref="SnapshotUrl"/>.</summary>
    public void Snapshots(IReadOnlyDictionary<string, string> htmlById) => site.Map("render_ad/", http =>
    {
        if (!htmlById.TryGetValue(http.Request.Query["id"].ToString(), out var html))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        http.Response.ContentType = "text/html";
        return http.Response.WriteAsync(html);
    });

    public static Task ErrorAsync(HttpContext http, int status, int code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            error = new { message, type = code == 190 ? "OAuthException" : "GraphMethodException", code, error_subcode = code == 190 ? 463 : (int?)null, fbtrace_id = "AbCdEf" },
        }));
    }
}
