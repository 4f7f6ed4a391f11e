using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Api;

public sealed class ScanValidationTests
{
    private static IEnumerable<TestCaseData> InvalidRequests()
    {
        yield return new TestCaseData(new { source = new { type = "demo", count = 10 } }, "brand").SetName("Missing_brand_is_a_400_naming_brand");
        yield return new TestCaseData(new { brand = "  ", source = new { type = "demo", count = 10 } }, "brand").SetName("Blank_brand_is_a_400_naming_brand");
        yield return new TestCaseData(new { brand = new string('b', 101), source = new { type = "demo", count = 10 } }, "brand").SetName("Overlong_brand_is_a_400_naming_brand");
        yield return new TestCaseData(new { brand = "nike" }, "source").SetName("Missing_source_is_a_400_naming_source");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "ftp" } }, "source.type").SetName("Unknown_source_type_is_a_400_naming_source_type");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "demo" } }, "source.count").SetName("Demo_without_count_is_a_400_naming_source_count");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "demo", count = 0 } }, "source.count").SetName("Demo_count_of_zero_is_a_400_naming_source_count");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "demo", count = 100_001 } }, "source.count").SetName("Demo_count_over_100000_is_a_400_naming_source_count");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "feed" } }, "source.url").SetName("Feed_without_url_is_a_400_naming_source_url");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "feed", url = "ftp://example.com/feed" } }, "source.url").SetName("Feed_with_ftp_url_is_a_400_naming_source_url");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "feed", url = "/relative/feed" } }, "source.url").SetName("Feed_with_relative_url_is_a_400_naming_source_url");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "page" } }, "source.url").SetName("Page_without_url_is_a_400_naming_source_url");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "page", url = "javascript:alert(1)" } }, "source.url").SetName("Page_with_a_script_url_is_a_400_naming_source_url");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "page", url = "https://shop.example/", maxPages = 51 } }, "source.maxPages").SetName("Page_with_more_than_50_pages_is_a_400_naming_source_maxPages");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "page", url = "https://shop.example/", maxPages = 0 } }, "source.maxPages").SetName("Page_with_zero_pages_is_a_400_naming_source_maxPages");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "adLibrary", countries = new[] { "US" } } }, "source.searchTerms").SetName("Ad_library_without_search_terms_is_a_400_naming_source_searchTerms");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "adLibrary", searchTerms = "nike" } }, "source.countries").SetName("Ad_library_without_countries_is_a_400_naming_source_countries");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "adLibrary", searchTerms = "nike", countries = new[] { "USA" } } }, "source.countries[0]").SetName("Ad_library_with_a_three_letter_country_is_a_400_naming_it");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "adLibrary", searchTerms = "nike", countries = new[] { "US" }, activeStatus = "running" } }, "source.activeStatus").SetName("Ad_library_with_an_unknown_status_is_a_400_naming_source_activeStatus");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "adLibrary", searchTerms = "nike", countries = new[] { "US" }, from = "2026-02-01", to = "2026-01-01" } }, "source.to").SetName("Ad_library_ending_before_it_starts_is_a_400_naming_source_to");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "adLibrary", searchTerms = "nike", countries = new[] { "US" }, platforms = new[] { "tiktok" } } }, "source.platforms[0]").SetName("Ad_library_with_an_unknown_platform_is_a_400_naming_it");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "browser" } }, "source.url").SetName("Browser_without_url_is_a_400_naming_source_url");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "browser", url = "https://shop.example/", maxPages = 51 } }, "source.maxPages").SetName("Browser_over_50_pages_is_a_400_naming_source_maxPages");
        yield return new TestCaseData(new { brand = "nike", source = new { type = "browser", url = "https://shop.example/", scrolls = 51 } }, "source.scrolls").SetName("Browser_over_50_scrolls_is_a_400_naming_source_scrolls");
    }

    [TestCaseSource(nameof(InvalidRequests))]
    public async Task Invalid_scan_request_is_rejected_and_nothing_is_written(object request, string field)
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PostAsJsonAsync("/api/scans", request);

        await AssertValidationProblemAsync(response, field);
        Assert.That((await user.Http.GetFromJsonAsync<JsonElement>("/api/scans")).GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Ad_library_scan_on_a_host_without_an_access_token_is_a_400_saying_so()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PostAsJsonAsync("/api/scans", new { brand = "nike", source = new { type = "adLibrary", searchTerms = "nike", countries = new[] { "US" } } });

        await AssertValidationProblemAsync(response, "source.type");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.GetProperty("source.type")[0].GetString(), Does.Contain("set Sources:AdLibrary:AccessToken"));
        Assert.That(errors.EnumerateObject().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Body_of_the_wrong_json_type_is_a_400_naming_the_field()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PostAsync(
            "/api/scans", new StringContent("""{"brand":"nike","source":{"type":"demo","count":"many"}}""", Encoding.UTF8, "application/json"));

        await AssertValidationProblemAsync(response, "source.count");
    }

    [Test]
    public async Task Body_that_is_not_json_is_a_400_problem()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PostAsync("/api/scans", new StringContent("brand=nike", Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Scan_request_without_a_token_is_a_401()
    {
        var anonymous = SharedHost.Instance.CreateClient();

        var response = await anonymous.PostAsJsonAsync("/api/scans", new { brand = "nike", source = new { type = "demo", count = 1 } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Accepted_scan_answers_202_with_location_and_processing_status()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PostAsJsonAsync("/api/scans", new { brand = " Acme Shoes ", source = new { type = "demo", count = 3 } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("requestId").GetGuid();
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("processing"));
        Assert.That(body.GetProperty("message").GetString(), Does.Contain("acme shoes"));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/api/scans/{id}"));
        Assert.That((await user.ScanAsync(id)).Brand, Is.EqualTo("acme shoes"));
    }

    internal static async Task AssertValidationProblemAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(error => error.Name), Does.Contain(field), text);
    }
}
