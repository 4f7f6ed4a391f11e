using System.Net;
using System.Text.Json;

namespace Adology.Tests.Integration.Api;

public sealed class ApiDocsTests
{
    [Test]
    public async Task OpenApi_document_lists_the_endpoints_and_the_bearer_scheme_anonymously()
    {
        using var http = SharedHost.Instance.CreateClient();

        var response = await http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        Assert.Multiple(() =>
        {
            Assert.That(paths.TryGetProperty("/api/scans", out _), Is.True);
            Assert.That(paths.TryGetProperty("/api/auth/login", out _), Is.True);
            Assert.That(paths.GetProperty("/api/scans").GetProperty("post").GetProperty("operationId").GetString(), Is.EqualTo("StartScan"));
            Assert.That(paths.GetProperty("/api/scans").GetProperty("post").GetProperty("security")[0].TryGetProperty("Bearer", out _), Is.True);
            Assert.That(paths.GetProperty("/api/auth/login").GetProperty("post").TryGetProperty("security", out _), Is.False);
            Assert.That(document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
        });
    }

    [Test]
    public async Task OpenApi_document_describes_the_analysis_by_its_fields()
    {
        using var http = SharedHost.Instance.CreateClient();

        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var schema = document.RootElement.GetProperty("paths").GetProperty("/api/scans/{id}/analysis").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.That(schema.GetProperty("$ref").GetString(), Is.EqualTo("#/components/schemas/BrandAnalysis"));
        var properties = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("BrandAnalysis").GetProperty("properties");
        Assert.That(
            properties.EnumerateObject().Select(property => property.Name),
            Is.SupersetOf(new[] { "scanId", "exactDuplicateGroups", "nearDuplicateGroups", "clusters", "dominantColours", "copy", "summary", "summarySource" }));
    }

    [TestCase("/scalar")]
    [TestCase("/scalar/v1")]
    public async Task Scalar_reference_answers_with_html_anonymously(string path)
    {
        using var http = SharedHost.Instance.CreateClient();

        var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }
}
