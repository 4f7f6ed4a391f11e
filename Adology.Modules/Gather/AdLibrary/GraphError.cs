using System.Text.Json;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>The Graph API's error body: <c>{"error":{"message","type","code","error_subcode"}}</c>.</summary>
internal sealed record GraphError(int Code, int? Subcode, string? Type, string? Message)
{
    /// <summary>Codes the Graph API answers when calls come too fast (application, user, page and hourly limits).</summary>
    private static readonly int[] RateLimitCodes = [4, 17, 32, 341, 613, 80004];

    public const int ExpiredOrInvalidToken = 190;

    public bool IsRateLimit => RateLimitCodes.Contains(Code);

    public static GraphError? Parse(byte[]? body)
    {
        if (body is not { Length: > 0 })
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new GraphError(
                Number(error, "code") ?? 0,
                Number(error, "error_subcode"),
                Text(error, "type"),
                Text(error, "message"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? Number(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static string? Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
