namespace Adology.Modules.Gather.Demo;

/// <summary>
/// The demo's planted campaigns, so its analysis has clusters to find: each block of 20 indexes (which holds an
/// exact and a near duplicate of its own designs) belongs to one of four campaigns, in turn, each with its own colour —
/// a quarter turn of the brand's hue apart — and its own wording.
/// </summary>
internal static class DemoCampaigns
{
    public const int BlockSize = 20;
    private const ulong Purpose = 4;

    public static readonly DemoCampaign[] All =
    [
        new(
            "summer sale",
            0,
            ["Summer sale:", "Hot summer deals on the", "Sunny savings on the"],
            ["Up to 40% off everything.", "Sale ends Sunday.", "Extra 10% off the whole summer range.", "Beach-ready prices from $19."],
            ["Shop now", "Get offer"]),
        new(
            "app launch",
            90,
            ["Download the app for the", "Get the mobile app with the", "New app: track the"],
            ["Track every order from your phone.", "App-only rewards every week.", "Scan, tap and checkout in seconds.", "Notifications when your favourites restock."],
            ["Download", "Install now"]),
        new(
            "membership",
            180,
            ["Join the club for the", "Members get the", "Become a member and unlock the"],
            ["Members save 20% more.", "Free delivery for members.", "Early access to every drop.", "Your membership pays for itself."],
            ["Sign up", "Subscribe"]),
        new(
            "eco range",
            270,
            ["Recycled and renewed:", "Planet-friendly", "Sustainably made:"],
            ["Made from recycled materials.", "Carbon-neutral shipping.", "Plastic-free packaging.", "Repair service for life."],
            ["Learn more", "Watch more"]),
    ];

    /// <summary>
    /// The campaign of an index: the same for every index of its block of <see cref="BlockSize"/>, the campaigns
    /// taking turns from a brand's own first one, so any 80 indexes in a row show all four.
    /// </summary>
    public static DemoCampaign Of(string brand, int index) =>
        All[(StableRandom.For(brand, 0, Purpose).Below(All.Length) + (index / BlockSize)) % All.Length];
}

/// <summary>A campaign's hue offset from the brand's hue, and the phrases of its copy.</summary>
internal sealed record DemoCampaign(string Name, float HueOffset, string[] Openers, string[] Benefits, string[] CallsToAction);
