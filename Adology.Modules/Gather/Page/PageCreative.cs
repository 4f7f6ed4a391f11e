using System.Text.Json;
using System.Text.Json.Serialization;

namespace Adology.Modules.Gather.Page;

/// <summary>
/// A picture found on a page and what the page says around it. <see cref="Url"/> is absolute http(s), or a
/// <c>data:</c> URL the gatherer stores itself (see <see cref="InlinePictures"/>).
/// </summary>
/// <param name="FoundIn">Where it was found: <c>img</c>, <c>picture</c>, <c>og:image</c>, <c>twitter:image</c> or <c>background</c>.</param>
/// <param name="Heading">The nearest heading before it in the page.</param>
/// <param name="LinkText">The text of the link around it; <paramref name="LandingUrl"/> is that link's target.</param>
internal sealed record PageCreative(
    string Url,
    string FoundIn,
    string PageUrl,
    string? Alt = null,
    string? Title = null,
    string? Figcaption = null,
    string? Heading = null,
    string? LinkText = null,
    string? LandingUrl = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The metadata kept with the creative: everything but its URL, empty values left out.</summary>
    public string MetadataJson() => JsonSerializer.Serialize(
        new { Alt, Title, Figcaption, Heading, LinkText, LandingUrl, PageUrl, FoundIn },
        Json);
}
