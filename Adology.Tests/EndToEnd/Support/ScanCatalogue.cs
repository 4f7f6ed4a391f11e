using Adology.Modules.Contracts;

namespace Adology.Tests.EndToEnd.Support;

internal static class ScanCatalogue
{
    /// <summary>The brand's catalogue after one scan of distinct images: each of them exactly once, seen once, its blob stored.</summary>
    public static void AssertHoldsEachItemOnce(IReadOnlyList<CreativeView> creatives, int items, Guid scanId, string blobs)
    {
        Assert.That(creatives, Has.Count.EqualTo(items));
        Assert.That(creatives.Select(creative => creative.Sha256), Is.Unique);
        Assert.That(creatives, Has.All.Matches<CreativeView>(creative => creative.SeenCount == 1 && creative.Scans.SequenceEqual(new[] { scanId })));
        Assert.That(creatives, Has.All.Matches<CreativeView>(creative => File.Exists(Path.Combine(blobs, creative.Sha256[..2], creative.Sha256))));
    }
}
