using System.Text.Json;
using Adology.Modules.Platform.Imaging;
using Microsoft.Extensions.AI;

namespace Adology.Modules.Enrich.Labels;

/// <summary>What the vision model is asked for each picture, and the JSON schema its answer must follow.</summary>
internal static class LabelPrompt
{
    private const string Instructions =
        "You label advertising creatives for ad-intelligence analysts. Look at the ad and answer only with JSON: " +
        "productType (what is advertised, one or two lower-case words, e.g. \"sneakers\", \"car\", \"coffee\"), " +
        "colors (the 1 to 5 main colours, by common name), environment (where the scene is set, e.g. \"studio\", \"street\", \"beach\", \"kitchen\"), " +
        "features (1 to 6 things the ad shows or claims of the product), marketingApproach (how it sells, e.g. \"discount\", \"lifestyle\", " +
        "\"product showcase\", \"testimonial\") and description (one or two plain sentences). Describe only what is visible.";

    private static readonly JsonElement Schema = JsonSerializer.Deserialize<JsonElement>(
        """
        {
          "type": "object",
          "properties": {
            "productType": { "type": "string" },
            "colors": { "type": "array", "items": { "type": "string" } },
            "environment": { "type": "string" },
            "features": { "type": "array", "items": { "type": "string" } },
            "marketingApproach": { "type": "string" },
            "description": { "type": "string" }
          },
          "required": ["productType", "colors", "environment", "features", "marketingApproach", "description"],
          "additionalProperties": false
        }
        """);

    public static ChatOptions Options { get; } = new()
    {
        ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema, "creative_labels", "The labels of one advertising creative"),
        Temperature = 0,
    };

    public static List<ChatMessage> Messages(byte[] picture) =>
    [
        new(ChatRole.System, Instructions),
        new(ChatRole.User, [new TextContent("Label this ad."), new DataContent(picture, ImageMediaType.Of(picture))]),
    ];
}
