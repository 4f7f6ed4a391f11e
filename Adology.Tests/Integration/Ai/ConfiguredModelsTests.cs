using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Npgsql;

namespace Adology.Tests.Integration.Ai;

/// <summary>A host whose embeddings and summary come from an OpenAI-compatible endpoint (a stand-in on loopback).</summary>
public sealed class ConfiguredModelsTests
{
    private ModelServer models = null!;
    private TestHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        models = await ModelServer.StartAsync();
        var endpoint = models.Endpoint.AbsoluteUri.TrimEnd('/');
        host = new TestHost(new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "false",
            ["Ai:TextEmbeddings:Endpoint"] = endpoint,
            ["Ai:TextEmbeddings:Model"] = "stub-text",
            ["Ai:VisualEmbeddings:Endpoint"] = endpoint,
            ["Ai:VisualEmbeddings:Model"] = "stub-visual",
            ["Ai:Chat:Endpoint"] = endpoint,
            ["Ai:Chat:Model"] = "stub-chat",
            ["Ai:Chat:ApiKey"] = "test-key",
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        host.Dispose();
        await models.DisposeAsync();
    }

    [Test]
    public async Task The_configured_endpoint_embeds_the_copy_and_the_pictures_as_data_uris()
    {
        var (user, brand, _) = await ScanAsync();

        var requests = models.EmbeddingRequests.ToList();
        var inputs = requests.SelectMany(request => Inputs(request).Select(input => (Model: request.GetProperty("model").GetString(), Input: input))).ToList();
        Assert.That(inputs.Where(input => input.Model == "stub-visual").Select(input => input.Input), Is.Not.Empty.And.All.StartWith("data:image/png;base64,"));
        Assert.That(inputs.Where(input => input.Model == "stub-text").Select(input => input.Input), Has.Some.Contains(brand));
        Assert.That(await StoredDimensionsAsync(brand), Is.EqualTo(new[] { (ModelServer.Dimensions, ModelServer.Dimensions) }));
        var creative = (await user.AllCreativesAsync(brand))[0];
        var similar = await user.Http.GetFromJsonAsync<JsonElement>($"/api/creatives/{creative.Id}/similar?k=3");
        Assert.That(similar.GetProperty("items").GetArrayLength(), Is.EqualTo(3));
    }

    [Test]
    public async Task The_configured_chat_model_writes_the_summary_from_the_figures()
    {
        models.ChatFails = false;

        var (_, brand, analysis) = await ScanAsync();

        Assert.That((analysis.GetProperty("summary").GetString(), analysis.GetProperty("summarySource").GetString()), Is.EqualTo((ModelServer.Summary, "model")));
        Assert.That(models.ChatRequests.Select(request => request.GetRawText()), Has.Some.Contains(brand));
    }

    [Test]
    public async Task When_the_chat_model_fails_the_templates_summary_stands()
    {
        models.ChatFails = true;

        var (_, brand, analysis) = await ScanAsync();

        Assert.That(analysis.GetProperty("summarySource").GetString(), Is.EqualTo("template"));
        Assert.That(analysis.GetProperty("summary").GetString(), Does.StartWith($"{brand} has 19 distinct creatives"));
    }

    private async Task<(ApiUser User, string Brand, JsonElement Analysis)> ScanAsync()
    {
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("models");
        var scanId = await user.StartDemoScanAsync(brand, 20);
        Assert.That((await user.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));
        return (user, brand, await user.Http.GetFromJsonAsync<JsonElement>($"/api/scans/{scanId}/analysis"));
    }

    private static IEnumerable<string> Inputs(JsonElement request) =>
        request.GetProperty("input") is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().Select(input => input.GetString()!) : [request.GetProperty("input").GetString()!];

    private static async Task<List<(int Visual, int Text)>> StoredDimensionsAsync(string brand)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Adology"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT visual_embedding, text_embedding FROM catalog.creatives WHERE brand = @brand", connection);
        command.Parameters.AddWithValue("brand", brand);
        var dimensions = new List<(int, int)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            dimensions.Add((EmbeddingCodec.Decode(reader.GetFieldValue<byte[]>(0)).Length, EmbeddingCodec.Decode(reader.GetFieldValue<byte[]>(1)).Length));
        }

        return [.. dimensions.Distinct()];
    }
}
