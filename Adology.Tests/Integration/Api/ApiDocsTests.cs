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
