namespace Adology.Modules.Gather.Demo;

/// <summary>Ad copy assembled from phrase lists, so every (brand, index) reads like a different ad.</summary>
internal static class DemoCopy
{
    private const ulong Purpose = 1;

    private static readonly string[] Openers = ["New:", "Meet the", "Introducing the", "Discover the", "Save on the", "Upgrade to the", "Say hello to the", "Just landed: the"];
    private static readonly string[] Qualities = ["lighter", "smarter", "faster", "greener", "bolder", "softer", "brighter", "everyday", "limited", "classic"];
    private static readonly string[] Products = ["collection", "starter kit", "bundle", "membership", "edition", "range", "app", "subscription", "gift set"];
    private static readonly string[] Benefits =
    [
        "Free delivery on every order.", "Made to last, priced to move.", "Loved by thousands of customers.",
        "Try it free for 30 days.", "Now in five new colours.", "Limited stock, while it lasts.",
        "Designed with you in mind.", "Members save 20% more.", "Easy returns within 60 days.", "Carbon-neutral shipping.",
    ];

    private static readonly string[] CallsToAction = ["Shop now", "Learn more", "Sign up", "Get offer", "Book now", "Download", "Subscribe", "Watch more"];
    private static readonly string[] Platforms = ["facebook", "instagram", "tiktok", "youtube", "google"];
    private static readonly string[] Formats = ["feed", "story", "banner"];

    public static DemoCreative Write(string brand, int index)
    {
        var random = new StableRandom(brand, index, Purpose);
        var headline = $"{random.Pick(Openers)} {brand} {random.Pick(Qualities)} {random.Pick(Products)}";
        var first = random.Below(Benefits.Length);
        var second = (first + 1 + random.Below(Benefits.Length - 1)) % Benefits.Length;
        return new DemoCreative(
            index,
            headline,
            $"{Benefits[first]} {Benefits[second]}",
            random.Pick(CallsToAction),
            random.Pick(Platforms),
            random.Pick(Formats));
    }
}
