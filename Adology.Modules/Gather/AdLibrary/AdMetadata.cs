using System.Text.Json;
using System.Text.Json.Serialization;
using Adology.Modules.Gather.Page;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>
/// What the catalogue keeps of an ad library picture: the ad's copy (<c>headline</c> and <c>body</c> as the
/// analysis reads them, and every variant), when it ran (<c>startedAt</c>, <c>stoppedAt</c>), where, and the
/// snapshot it came from (without the token).
/// </summary>
internal static class AdMetadata
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Of(ArchivedAd ad, PageCreative picture, Uri? snapshotUrl) => JsonSerializer.Serialize(
        new
        {
            AdId = ad.Id,
            ad.PageName,
            ad.PageId,
            Headline = First(ad.LinkTitles),
            Body = First(ad.Bodies),
            Caption = First(ad.LinkCaptions),
            Description = First(ad.LinkDescriptions),
            Bodies = NullIfEmpty(ad.Bodies),
            LinkTitles = NullIfEmpty(ad.LinkTitles),
            LinkCaptions = NullIfEmpty(ad.LinkCaptions),
            LinkDescriptions = NullIfEmpty(ad.LinkDescriptions),
            ad.StartedAt,
            ad.StoppedAt,
            Platforms = NullIfEmpty(ad.Platforms),
            picture.Alt,
            picture.LandingUrl,
            SnapshotUrl = snapshotUrl?.AbsoluteUri,
            Source = "adLibrary",
        },
        Json);

    private static string? First(IReadOnlyList<string> values) => values.Count == 0 ? null : values[0];

    private static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : values;
}
