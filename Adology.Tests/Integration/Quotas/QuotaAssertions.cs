using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Adology.Tests.Integration.Quotas;

internal static class QuotaAssertions
{
    /// <summary>A 429 problem naming the quota, its limit and its setting.</summary>
    public static async Task AssertOverQuotaAsync(HttpResponseMessage response, string quota, int limit)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), body);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("quota").GetString(), Is.EqualTo(quota));
            Assert.That(problem.GetProperty("limit").GetInt32(), Is.EqualTo(limit));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain($"Quotas__{quota}").And.Contain($"limit is {limit}"));
        });
    }

    /// <summary>The user's id, the <c>sub</c> of their token.</summary>
    public static Guid UserId(string accessToken)
    {
        var payload = accessToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=')));
        return JsonSerializer.Deserialize<JsonElement>(json).GetProperty("sub").GetGuid();
    }

    public static async Task<int> PutScheduleAsync(Support.ApiUser user, string brand, string cron) =>
        (int)(await user.Http.PutAsJsonAsync($"/api/brands/{brand}/schedule", new { source = new { type = "demo", count = 5 }, cron })).StatusCode;
}
