using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Adology.Tests.Integration.Support;

/// <summary>
/// A stand-in OpenAI-compatible API on loopback: <c>POST /v1/embeddings</c> answers a deterministic vector of
/// <see cref="Dimensions"/> per input, <c>POST /v1/chat/completions</c> answers <see cref="Summary"/> (or 400 while
/// <see cref="ChatFails"/>), or, asked for a JSON answer (the vision model's labels), <see cref="LabelAnswer"/> (or 500
/// while <see cref="LabelsFail"/>). It keeps the requests it was sent.
/// </summary>
internal sealed class ModelServer : IAsyncDisposable
{
    public const int Dimensions = 8;
    public const string Summary = "A summary written by the stand-in chat model.";

    public const string SneakerLabels =
        """{"productType":"Sneakers","colors":["white","red"],"environment":"studio","features":["cushioned sole"],"marketingApproach":"discount","description":"A white sneaker on a plain background."}""";

    private readonly FeedServer server;

    private ModelServer(FeedServer server)
    {
        this.server = server;
        server.Map("/v1/embeddings", EmbedAsync);
        server.Map("/v1/chat/completions", ChatAsync);
    }

    public Uri Endpoint => server.Url("/v1");

    public ConcurrentQueue<JsonElement> EmbeddingRequests { get; } = new();

    public ConcurrentQueue<JsonElement> ChatRequests { get; } = new();

    public bool ChatFails { get; set; }

    public ConcurrentQueue<JsonElement> LabelRequests { get; } = new();

    public string LabelAnswer { get; set; } = SneakerLabels;

    public bool LabelsFail { get; set; }

    /// <summary>How long the vision model takes to answer.</summary>
    public TimeSpan LabelDelay { get; set; }

    public static async Task<ModelServer> StartAsync() => new(await FeedServer.StartAsync());

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task EmbedAsync(HttpContext http)
    {
        var request = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
        EmbeddingRequests.Enqueue(request);
        var inputs = request.GetProperty("input") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(input => input.GetString()!).ToList()
            : [request.GetProperty("input").GetString()!];
        var base64 = request.TryGetProperty("encoding_format", out var format) && format.GetString() == "base64";
        var data = inputs.Select((input, index) => new
        {
            @object = "embedding",
            index,
            embedding = base64 ? (object)Convert.ToBase64String(Bytes(Vector(input))) : Vector(input),
        });
        await http.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            data,
            model = request.GetProperty("model").GetString(),
            usage = new { prompt_tokens = 1, total_tokens = 1 },
        });
    }

    private async Task ChatAsync(HttpContext http)
    {
        var request = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
        if (request.TryGetProperty("response_format", out _))
        {
            await LabelAsync(http, request);
            return;
        }

        ChatRequests.Enqueue(request);
        if (ChatFails)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new { error = new { message = "the stand-in refuses", type = "invalid_request_error" } });
            return;
        }

        await AnswerAsync(http, "stub-chat", Summary);
    }

    private async Task LabelAsync(HttpContext http, JsonElement request)
    {
        LabelRequests.Enqueue(request);
        await Task.Delay(LabelDelay);
        if (LabelsFail)
        {
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await http.Response.WriteAsJsonAsync(new { error = new { message = "the stand-in vision model is down", type = "server_error" } });
            return;
        }

        await AnswerAsync(http, request.GetProperty("model").GetString()!, LabelAnswer);
    }

    private static Task AnswerAsync(HttpContext http, string model, string content) =>
        http.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-1",
            @object = "chat.completion",
            created = 1_763_900_000,
            model,
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
        });

    private static float[] Vector(string input) =>
        [.. SHA256.HashData(Encoding.UTF8.GetBytes(input)).Take(Dimensions).Select(b => (b / 255f) - 0.5f)];

    private static byte[] Bytes(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
        return bytes;
    }
}
