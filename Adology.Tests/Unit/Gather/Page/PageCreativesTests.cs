using System.Text.Json;
using Adology.Modules.Gather.Page;

namespace Adology.Tests.Unit.Gather.Page;

public sealed class PageCreativesTests
{
    private static readonly Uri PageUrl = new("https://shop.example/campaigns/summer/index.html");

    [Test]
    public void Img_gives_its_largest_srcset_candidate_resolved_against_the_page()
    {
        var page = PageCreatives.Extract("""<img src="small.jpg" srcset="small.jpg 400w, /big.jpg 1600w, medium.jpg 800w">""", PageUrl);

        Assert.That(Urls(page), Is.EqualTo(new[] { "https://shop.example/big.jpg" }));
    }

    [Test]
    public void Density_descriptors_pick_the_densest_and_a_lazy_data_src_beats_its_placeholder()
    {
        var page = PageCreatives.Extract(
            """
            <img src="a.png" srcset="a.png, a@3x.png 3x, a@2x.png 2x">
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="lazy.webp">
            <img data-srcset="lazy-small.jpg 300w, lazy-large.jpg 900w">
            """,
            PageUrl);

        Assert.That(Urls(page), Is.EqualTo(new[]
        {
            "https://shop.example/campaigns/summer/a@3x.png",
            "https://shop.example/campaigns/summer/lazy.webp",
            "https://shop.example/campaigns/summer/lazy-large.jpg",
        }));
    }

    [Test]
    public void Picture_is_one_creative_its_largest_raster_source_and_its_img_is_not_counted_again()
    {
        var page = PageCreatives.Extract(
            """
            <picture>
              <source type="image/avif" srcset="hero.avif 2000w">
              <source type="image/webp" srcset="hero-1200.webp 1200w, hero-600.webp 600w">
              <img src="hero.jpg" alt="Summer hero">
            </picture>
            """,
            PageUrl);

        Assert.That(page.Creatives, Has.Count.EqualTo(1));
        Assert.That(page.Creatives[0].Url, Is.EqualTo("https://shop.example/campaigns/summer/hero-1200.webp"));
        Assert.That(page.Creatives[0].FoundIn, Is.EqualTo("picture"));
        Assert.That(page.Creatives[0].Alt, Is.EqualTo("Summer hero"));
    }

    [Test]
    public void Base_href_og_image_twitter_image_and_backgrounds_are_read_and_urls_deduplicated()
    {
        var page = PageCreatives.Extract(
            """
            <html><head>
              <base href="https://cdn.example/assets/">
              <meta property="og:image" content="og.jpg"><meta property="og:title" content="Summer sale">
              <meta name="twitter:image" content="og.jpg">
            </head><body>
              <div style="color: red; background-image: url('banner.png')"></div>
              <div style='background: #fff url("data:image/png;base64,iVBORw0KGgo=") no-repeat'></div>
              <img src="og.jpg#top">
            </body></html>
            """,
            PageUrl);

        Assert.That(Urls(page), Is.EqualTo(new[]
        {
            "https://cdn.example/assets/og.jpg",
            "https://cdn.example/assets/banner.png",
            "data:image/png;base64,iVBORw0KGgo=",
        }));
        Assert.That(page.Creatives[0].FoundIn, Is.EqualTo("og:image"));
        Assert.That(page.Creatives[0].Title, Is.EqualTo("Summer sale"));
        Assert.That(page.Creatives[1].FoundIn, Is.EqualTo("background"));
    }

    [Test]
    public void Metadata_holds_alt_title_caption_nearest_heading_link_and_page()
    {
        var page = PageCreatives.Extract(
            """
            <h1>Brand</h1>
            <section><h2>Summer   deals</h2>
              <figure><a href="/landing?utm=1"><img src="ad.png" alt=" Beach  bag " title="Bag"> Shop now </a>
                <figcaption>Only this week</figcaption></figure>
            </section>
            """,
            PageUrl);

        using var metadata = JsonDocument.Parse(page.Creatives.Single().MetadataJson());
        var root = metadata.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("alt").GetString(), Is.EqualTo("Beach bag"));
            Assert.That(root.GetProperty("title").GetString(), Is.EqualTo("Bag"));
            Assert.That(root.GetProperty("figcaption").GetString(), Is.EqualTo("Only this week"));
            Assert.That(root.GetProperty("heading").GetString(), Is.EqualTo("Summer deals"));
            Assert.That(root.GetProperty("linkText").GetString(), Is.EqualTo("Shop now"));
            Assert.That(root.GetProperty("landingUrl").GetString(), Is.EqualTo("https://shop.example/landing?utm=1"));
            Assert.That(root.GetProperty("pageUrl").GetString(), Is.EqualTo(PageUrl.AbsoluteUri));
            Assert.That(root.GetProperty("foundIn").GetString(), Is.EqualTo("img"));
        });
    }

    [Test]
    public void Trackers_icons_svgs_and_non_http_pictures_are_skipped_with_their_reasons()
    {
        var page = PageCreatives.Extract(
            """
            <img src="pixel.gif" width="1" height="1">
            <img src="beacon.png" style="width:0px;height:0px">
            <img src="cart.png" width="24" height="24">
            <img src="logo.svg" width="300">
            <img src="javascript:alert(1)">
            <img src="banner.png" width="320" height="50">
            """,
            PageUrl,
            minPictureSize: 50);

        Assert.That(Urls(page), Is.EqualTo(new[] { "https://shop.example/campaigns/summer/banner.png" }));
        Assert.That(page.Skipped.Select(skipped => skipped.Reason), Is.EqualTo(new[]
        {
            PictureSize.Tracker, PictureSize.Tracker, PictureSize.Icon(50), PictureUrls.NotRaster, PictureUrls.NotHttp,
        }));
    }

    [Test]
    public void Next_page_is_the_rel_next_link_resolved()
    {
        Assert.That(PageCreatives.Extract("""<a href="?page=2" rel="next">Next</a>""", PageUrl).NextPage,
            Is.EqualTo(new Uri("https://shop.example/campaigns/summer/index.html?page=2")));
        Assert.That(PageCreatives.Extract("""<link rel="prev next" href="/p/3">""", PageUrl).NextPage, Is.EqualTo(new Uri("https://shop.example/p/3")));
        Assert.That(PageCreatives.Extract("""<a href="/p/2">2</a>""", PageUrl).NextPage, Is.Null);
    }

    private static string[] Urls(PageExtraction page) => [.. page.Creatives.Select(creative => creative.Url)];
}
