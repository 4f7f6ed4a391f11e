using System.Security.Cryptography;
using Adology.Modules.Acquire.Fingerprints;
using Adology.Modules.Gather.Demo;
using Adology.Modules.Platform.Imaging;

namespace Adology.Tests.Unit.Gather.Demo;

internal sealed class DemoCreativesTests
{
    private const string Brand = "Acme";

    private static readonly string[] Platforms = ["facebook", "instagram", "tiktok", "youtube", "google"];
    private static readonly string[] Formats = ["feed", "story", "banner"];

    [Test]
    public void Same_brand_and_index_give_the_same_bytes()
    {
        var first = DemoCreatives.RenderPng(Brand, 7);
        var second = DemoCreatives.RenderPng(Brand, 7);

        Assert.That(second, Is.EqualTo(first));
    }

    // Pinned, so a seed that changed between processes (string.GetHashCode) or versions would fail here.
    [Test]
    public void Copy_is_the_same_in_every_process()
    {
        var creative = DemoCreatives.Describe(Brand, 0);

        Assert.That(creative, Is.EqualTo(new DemoCreative(
            0, "Members get the Acme smarter collection", "Free delivery for members. Your membership pays for itself.", "Subscribe", "tiktok", "story")));
    }

    [Test]
    public void A_planted_near_duplicate_runs_the_copy_of_the_ad_it_varies()
    {
        var (near, original) = (DemoCreatives.Describe(Brand, 30), DemoCreatives.Describe(Brand, 20));

        Assert.That(near, Is.EqualTo(original with { Index = 30 }));
    }

    [Test]
    public void A_block_of_20_indexes_is_one_campaign_whose_wording_its_copy_uses()
    {
        var campaign = DemoCampaigns.Of(Brand, 40);

        foreach (var index in Enumerable.Range(40, 20))
        {
            var creative = DemoCreatives.Describe(Brand, index);
            Assert.That(DemoCampaigns.Of(Brand, index), Is.SameAs(campaign));
            Assert.That(campaign.Openers.Any(opener => creative.Headline.StartsWith(opener, StringComparison.Ordinal)), creative.Headline);
            Assert.That(creative.CallToAction, Is.AnyOf(campaign.CallsToAction));
        }
    }

    [Test]
    public void Every_campaign_appears_in_a_brand_of_a_few_hundred()
    {
        var campaigns = Enumerable.Range(0, 400).Select(index => DemoCampaigns.Of(Brand, index).Name).Distinct();

        Assert.That(campaigns, Is.EquivalentTo(DemoCampaigns.All.Select(campaign => campaign.Name)));
    }

    [Test]
    public void The_brand_changes_the_picture()
    {
        Assert.That(DemoCreatives.RenderPng("Globex", 7), Is.Not.EqualTo(DemoCreatives.RenderPng(Brand, 7)));
    }

    [Test]
    public void Render_is_a_240_pixel_png()
    {
        var png = DemoCreatives.RenderPng(Brand, 0);

        Assert.Multiple(() =>
        {
            Assert.That(ImageSniffer.TryRead(png, out var header, out _), Is.True);
            Assert.That(header, Is.EqualTo(new ImageHeader("image/png", 240, 240)));
            Assert.That(png, Has.Length.InRange(5_000, 30_000));
        });
    }

    [TestCase(19)]
    [TestCase(39)]
    [TestCase(99_999)]
    public void Planted_exact_duplicates_repeat_the_bytes_of_nineteen_before(int index)
    {
        Assert.Multiple(() =>
        {
            Assert.That(DemoCreatives.DesignOf(index), Is.EqualTo(index - 19));
            Assert.That(DemoCreatives.RenderPng(Brand, index), Is.EqualTo(DemoCreatives.RenderPng(Brand, index - 19)));
        });
    }

    [Test]
    public void Planted_near_duplicates_differ_in_bytes_but_barely_in_perceptual_hash()
    {
        var nearDuplicates = Enumerable.Range(0, 1_000).Where(DemoCreatives.IsNearDuplicate).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(nearDuplicates, Has.Count.EqualTo(50));
            foreach (var index in nearDuplicates)
            {
                var (near, original) = (DemoCreatives.RenderPng(Brand, index), DemoCreatives.RenderPng(Brand, index - 10));
                Assert.That(SHA256.HashData(near), Is.Not.EqualTo(SHA256.HashData(original)), $"index {index}");
                Assert.That(PerceptualHash.Distance(PerceptualHash.Compute(near), PerceptualHash.Compute(original)), Is.LessThanOrEqualTo(4), $"index {index}");
            }
        });
    }

    // Measured for Acme: 19,900 pairs, minimum 16, median 32 (random 64-bit hashes would give about 16 and 32).
    [Test]
    public void Designs_that_are_not_planted_are_far_apart()
    {
        var hashes = Enumerable.Range(0, 240)
            .Where(index => DemoCreatives.DesignOf(index) == index && !DemoCreatives.IsNearDuplicate(index))
            .Take(200)
            .Select(index => PerceptualHash.Compute(DemoCreatives.RenderPng(Brand, index)))
            .ToList();

        var closest = hashes.SelectMany((a, i) => hashes.Skip(i + 1).Select(b => PerceptualHash.Distance(a, b))).Min();

        Assert.Multiple(() =>
        {
            Assert.That(hashes, Has.Count.EqualTo(200));
            Assert.That(closest, Is.GreaterThan(10));
        });
    }

    [Test]
    public void Every_other_index_is_its_own_design()
    {
        Assert.That(Enumerable.Range(0, 19).Select(DemoCreatives.DesignOf), Is.EqualTo(Enumerable.Range(0, 19)));
    }

    [Test]
    public void Copy_varies_with_the_index_and_uses_the_known_platforms_and_formats()
    {
        var creatives = Enumerable.Range(0, 100).Select(index => DemoCreatives.Describe(Brand, index)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(creatives.Select(c => c.Index), Is.EqualTo(Enumerable.Range(0, 100)));
            Assert.That(creatives.Select(c => c.Headline).Distinct().Count(), Is.GreaterThan(80));
            Assert.That(creatives, Has.All.Matches<DemoCreative>(c => c.Headline.Contains(Brand, StringComparison.Ordinal)));
            Assert.That(creatives.Select(c => c.Platform).Distinct(), Is.EquivalentTo(Platforms));
            Assert.That(creatives.Select(c => c.Format).Distinct(), Is.EquivalentTo(Formats));
            Assert.That(creatives.Select(c => c.CallToAction), Has.Some.EqualTo("Shop now"));
        });
    }

    [TestCase(-1)]
    [TestCase(DemoCreatives.MaxPerBrand)]
    public void Indexes_outside_a_brand_are_refused(int index)
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => DemoCreatives.RenderPng(Brand, index));
            Assert.Throws<ArgumentOutOfRangeException>(() => DemoCreatives.Describe(Brand, index));
        });
    }
}
