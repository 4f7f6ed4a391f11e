using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;

namespace Adology.Tests.Integration.Support;

/// <summary>A freshly registered user of the API, with a logged-in HTTP client.</summary>
internal sealed class ApiUser(HttpClient http, string email)
{
    private static readonly string[] Finished = ["completed", "failed", "cancelled"];

    public HttpClient Http { get; } = http;

    public string Email { get; } = email;

    /// <summary>Every registered test user's password, so a browser can log in as one.</summary>
    public const string Password = "correct-horse-battery";

    public string AccessToken => Http.DefaultRequestHeaders.Authorization!.Parameter!;

    public static Task<ApiUser> RegisterAsync(TestHost host) => RegisterAsync(host.CreateClient());

    public static async Task<ApiUser> RegisterAsync(HttpClient http)
    {
        var email = $"user-{Guid.NewGuid():N}@tests.adology";
        var registered = await http.PostAsJsonAsync("/api/auth/register", new { email, password = Password });
        Assert.That(registered.IsSuccessStatusCode, Is.True, await registered.Content.ReadAsStringAsync());
        await LoginAsync(http, email, Password);
        return new ApiUser(http, email);
    }

    public static async Task<ApiUser> AdminAsync(TestHost host)
    {
        var http = host.CreateClient();
        await LoginAsync(http, TestHost.AdminEmail, TestHost.AdminPassword);
        return new ApiUser(http, TestHost.AdminEmail);
    }

    public static string UniqueBrand(string prefix = "brand") => $"{prefix}-{Guid.NewGuid():N}"[..30];

    public async Task<Guid> StartScanAsync(object request)
    {
        var response = await Http.PostAsJsonAsync("/api/scans", request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var accepted = await response.Content.ReadFromJsonAsync<ScanAccepted>(JsonSerializerOptions.Web);
        return accepted!.RequestId;
    }

    public Task<Guid> StartDemoScanAsync(string brand, int count) =>
        StartScanAsync(new { brand, source = new { type = "demo", count } });

    public Task<Guid> StartFeedScanAsync(string brand, Uri feed) =>
        StartScanAsync(new { brand, source = new { type = "feed", url = feed.AbsoluteUri } });

    public Task<HttpResponseMessage> UploadAsync(string? brand, params (string Name, byte[] Content)[] files) =>
        Http.PostAsync(new Uri("/api/scans/upload", UriKind.Relative), UploadFiles.Form(brand, files));

    public async Task<Guid> StartUploadAsync(string brand, params (string Name, byte[] Content)[] files)
    {
        var response = await UploadAsync(brand, files);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ScanAccepted>(JsonSerializerOptions.Web))!.RequestId;
    }

    public async Task<int> ScanCountAsync() => (await Http.GetFromJsonAsync<JsonElement>("/api/scans")).GetProperty("total").GetInt32();

    public async Task<ScanView> ScanAsync(Guid id) =>
        (await Http.GetFromJsonAsync<ScanView>($"/api/scans/{id}", JsonSerializerOptions.Web))!;

    public async Task<ScanView> WaitForScanAsync(Guid id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var scan = await ScanAsync(id);
            if (Finished.Contains(scan.Status))
            {
                return scan;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Scan {id} did not finish in time: {JsonSerializer.Serialize(scan)}");
            }

            await Task.Delay(50);
        }
    }

    public async Task<Page<CreativeView>> CreativesAsync(string brand, int page = 1, int pageSize = 500) =>
        (await Http.GetFromJsonAsync<Page<CreativeView>>($"/api/brands/{brand}/creatives?page={page}&pageSize={pageSize}", JsonSerializerOptions.Web))!;

    public async Task<List<CreativeView>> AllCreativesAsync(string brand)
    {
        var all = new List<CreativeView>();
        for (var page = 1; ; page++)
        {
            var next = await CreativesAsync(brand, page);
            all.AddRange(next.Items);
            // Past the count limit the total is only a lower bound (TotalIsLowerBound) and the pages go on while they are full.
            if (next.Items.Count < next.PageSize || (all.Count >= next.Total && !next.TotalIsLowerBound))
            {
                return all;
            }
        }
    }

    private static async Task LoginAsync(HttpClient http, string email, string password)
    {
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), await login.Content.ReadAsStringAsync());
        var token = await login.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
    }
}
