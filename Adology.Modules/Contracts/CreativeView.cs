using System.Text.Json;

namespace Adology.Modules.Contracts;

/// <summary>A committed creative of a brand's catalogue, as the API shows it.</summary>
/// <param name="SeenCount">In how many scans the creative appeared.</param>
/// <param name="Scans">The scans it appeared in, oldest first.</param>
/// <param name="ThumbnailUrl">Its signed thumbnail URL (<see cref="IThumbnailLinks"/>), for an &lt;img&gt; without a token.</param>
/// <param name="Attributes">What its copy says (call to action, prices, discounts, language, flags); null if committed before they were read.</param>
/// <param name="OnImageText">The text printed on its picture, as the enriching phase read it; null when not read.</param>
/// <param name="Labels">The vision model's labels; null when none is configured or it failed (see <paramref name="LabelFailure"/>).</param>
public sealed record CreativeView(
    Guid Id,
    string Brand,
    string Sha256,
    string MediaType,
    int ByteSize,
    int Width,
    int Height,
    string Url,
    JsonElement? Metadata,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    int SeenCount,
    IReadOnlyList<Guid> Scans,
    CreativeAttributes? Attributes,
    string ThumbnailUrl,
    string? OnImageText = null,
    CreativeLabels? Labels = null,
    string? LabelFailure = null);
