using System.Net.Http.Headers;
using System.Text.Json;

namespace Adology.Bench;

/// <summary>A user of the host's HTTP API, as the benchmark drives it.</summary>
internal sealed class BenchClient(HttpClient http)
{
    public static async Task<BenchClient> RegisterAsync(Uri host)
    {
        var http = new HttpClient { BaseAddress = host };
        var credentials = new { email = $"bench-{Guid.NewGuid():N}@bench.adology", password = "benchmark-password" };
        (await http.PostAsJsonAsync("api/auth/register", credentials)).EnsureSuccessStatusCode();
        var login = await (await http.PostAsJsonAsync("api/auth/login", credentials)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return new BenchClient(http);
    }

    public async Task<Guid> StartFeedScanAsync(string brand, Uri feed)
    {
        var response = await http.PostAsJsonAsync("api/scans", new { brand, source = new { type = "feed", url = feed.AbsoluteUri } });
        var body = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("requestId").GetGuid();
    }

    /// <summary>Polls until the scan ends; returns it as the API shows it.</summary>
    public async Task<JsonElement> WaitAsync(Guid scanId)
    {
        while (true)
        {
            var scan = await http.GetFromJsonAsync<JsonElement>($"api/scans/{scanId}");
            if (scan.GetProperty("status").GetString() is "completed" or "failed" or "cancelled")
            {
                return scan;
            }

            await Task.Delay(10);
        }
    }
}
