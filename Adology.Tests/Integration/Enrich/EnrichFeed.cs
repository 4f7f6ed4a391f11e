using Adology.Tests.Integration.Support;
using SkiaSharp;

namespace Adology.Tests.Integration.Enrich;

/// <summary>Feeds of pictures the models read: scikit-image's photos, and ad pictures with their text drawn on them.</summary>
internal static class EnrichFeed
{
    public static readonly string[] Photos = ["chelsea.png", "coffee.png", "motorcycle_left.png", "motorcycle_right.png", "astronaut.png", "rocket.jpg"];

    /// <summary>
    /// The photos, all with the same headline (so only the pictures tell them apart), and one ad picture reading
    /// <paramref name="adText"/>; the feed's path.
    /// </summary>
    public static string Photographs(FeedServer feed, string adText)
    {
        var path = $"photos-{Guid.NewGuid():N}";
        var items = Photos.Select(photo =>
        {
            feed.Bytes($"{path}/{photo}", RealPhotos.Bytes(photo), photo.EndsWith(".jpg", StringComparison.Ordinal) ? "image/jpeg" : "image/png");
            return (object)new { url = feed.Url($"{path}/{photo}"), metadata = new { headline = "Our collection" } };
        }).ToList();
        feed.Bytes($"{path}/ad.png", AdPictures.Png(adText, 56, SKColors.Black, SKColors.White));
        items.Add(new { url = feed.Url($"{path}/ad.png"), metadata = new { headline = "New season", callToAction = "Shop now" } });
        feed.Feed($"{path}/feed", items, pageSize: 50);
        return $"{path}/feed";
    }

    /// <summary><paramref name="count"/> ad pictures no scan has seen, each with its own text; the feed's path.</summary>
    public static string FreshAds(FeedServer feed, int count)
    {
        var path = $"ads-{Guid.NewGuid():N}";
        var items = Enumerable.Range(0, count).Select(index =>
        {
            feed.Bytes($"{path}/{index}.png", AdPictures.Png($"Offer {path[4..12]} {index}", 48, SKColors.White, new SKColor((byte)(index * 20), 40, 90)));
            return (object)new { url = feed.Url($"{path}/{index}.png"), metadata = new { headline = $"Deal {index}", body = "Fresh ads for the models." } };
        }).ToList();
        feed.Feed($"{path}/feed", items, pageSize: 50);
        return $"{path}/feed";
    }
}
