using Adology.Modules.Gather.Demo;

namespace Adology.Bench;

/// <summary>
/// Ad copy as an ad library returns it, a few hundred bytes per creative and different for each: headline, body, call to
/// action, landing URL and platform, written by the demo source's phrase lists.
/// </summary>
internal static class BenchAdCopy
{
    private const string Brand = "Northwind";

    public static BenchAdMetadata Of(int index)
    {
        var copy = DemoCopy.Write(Brand, index);
        return new BenchAdMetadata(
            copy.Platform,
            copy.Format,
            copy.Headline,
            $"{copy.Body} Free delivery on orders over $40 until Sunday; returns within 30 days, no questions asked.",
            copy.CallToAction,
            $"https://shop.northwind.example/{copy.Format}/{index}?utm_source={copy.Platform}&utm_campaign=autumn-{index % 12}");
    }
}
