namespace Adology.Modules.Gather.Demo;

/// <summary>Ad copy assembled from its campaign's phrase lists (<see cref="DemoCampaigns"/>), so every (brand, index) reads like a different ad.</summary>
internal static class DemoCopy
{
    private const ulong Purpose = 1;

    // A few ads break the default content rules, so the demo shows flagged copy.
    private const int ScamEvery = 50;
    private const string ScamWording = " Guaranteed returns on a risk-free investment.";

    private static readonly string[] Qualities = ["lighter", "smarter", "faster", "greener", "bolder", "softer", "brighter", "everyday", "limited", "classic"];
    private static readonly string[] Products = ["collection", "starter kit", "bundle", "edition", "range", "gift set"];
    private static readonly string[] Platforms = ["facebook", "instagram", "tiktok", "youtube", "google"];
    private static readonly string[] Formats = ["feed", "story", "banner"];

    public static DemoCreative Write(string brand, int index)
    {
        var random = StableRandom.For(brand, index, Purpose);
        var campaign = DemoCampaigns.Of(brand, index);
        var headline = $"{random.Pick(campaign.Openers)} {brand} {random.Pick(Qualities)} {random.Pick(Products)}";
        var benefits = campaign.Benefits;
        var first = random.Below(benefits.Length);
        var second = (first + 1 + random.Below(benefits.Length - 1)) % benefits.Length;
        return new DemoCreative(
            index,
            headline,
            $"{benefits[first]} {benefits[second]}{(index % ScamEvery == ScamEvery / 2 ? ScamWording : "")}",
            random.Pick(campaign.CallsToAction),
            random.Pick(Platforms),
            random.Pick(Formats));
    }
}
