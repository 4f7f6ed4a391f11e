using AngleSharp.Dom;

namespace Adology.Modules.Gather.Page;

/// <summary>One pass over a page in document order, so each picture knows the last heading before it.</summary>
internal sealed class PageReader(IDocument document, Uri pageUrl, int minPictureSize)
{
    private static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
    private static readonly string[] RasterTypes = ["image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp"];

    private readonly Uri baseUri = PictureUrls.Absolute(pageUrl, document.QuerySelector("base[href]")?.GetAttribute("href")) ?? pageUrl;
    private readonly List<PageCreative> creatives = [];
    private readonly List<SkippedPicture> skipped = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly HashSet<IElement> inPictures = [];
    private string? heading;

    public PageExtraction Read()
    {
        ReadMeta("og:image", "og:image", "og:image:url", "og:image:secure_url");
        ReadMeta("twitter:image", "twitter:image", "twitter:image:src");
        foreach (var element in document.All)
        {
            Visit(element);
        }

        return new PageExtraction(creatives, NextPage(), skipped);
    }

    private void Visit(IElement element)
    {
        if (Headings.Contains(element.LocalName))
        {
            heading = PageText.Of(element);
        }
        else if (element.LocalName == "picture")
        {
            ReadPicture(element);
        }
        else if (element.LocalName == "img" && !inPictures.Contains(element))
        {
            Add(LargestOf(ImgCandidates(element), element), "img", element, PictureSize.TooSmall(element, minPictureSize));
        }

        foreach (var background in BackgroundImages.In(element.GetAttribute("style")))
        {
            Add(background, "background", element, PictureSize.TooSmall(element, minPictureSize));
        }
    }

    private void ReadPicture(IElement picture)
    {
        var img = picture.Children.FirstOrDefault(child => child.LocalName == "img");
        var candidates = picture.Children
            .Where(child => child.LocalName == "source" && IsRaster(child.GetAttribute("type")))
            .SelectMany(source => Srcset.Candidates(source.GetAttribute("srcset")).Concat(Srcset.Candidates(source.GetAttribute("data-srcset"))))
            .ToList();
        if (img is not null)
        {
            inPictures.Add(img);
            candidates.AddRange(ImgCandidates(img));
        }

        var described = img ?? picture;
        Add(LargestOf(candidates, described), "picture", described, PictureSize.TooSmall(described, minPictureSize));
    }

    private static List<SrcsetCandidate> ImgCandidates(IElement img) =>
        [.. Srcset.Candidates(img.GetAttribute("srcset")), .. Srcset.Candidates(img.GetAttribute("data-srcset"))];

    /// <summary>The largest srcset candidate, else the lazy-loading attributes (whose <c>src</c> is a placeholder), else <c>src</c>.</summary>
    private static string? LargestOf(List<SrcsetCandidate> candidates, IElement element) =>
        Srcset.Largest(candidates)
        ?? element.GetAttribute("data-src") ?? element.GetAttribute("data-lazy-src") ?? element.GetAttribute("data-original")
        ?? element.GetAttribute("src");

    private void ReadMeta(string foundIn, params string[] names)
    {
        foreach (var name in names)
        {
            Add(Meta(name), foundIn, null, null);
        }
    }

    private void Add(string? reference, string foundIn, IElement? element, string? tooSmall)
    {
        var (url, skip) = PictureUrls.Resolve(baseUri, reference);
        if (url is null && skip is null)
        {
            return;
        }

        if ((skip ?? tooSmall) is { } reason)
        {
            skipped.Add(new SkippedPicture(url ?? reference!.Trim(), reason));
            return;
        }

        if (seen.Add(url!))
        {
            creatives.Add(element is null ? MetaCreative(url!, foundIn) : Creative(url!, foundIn, element));
        }
    }

    private PageCreative Creative(string url, string foundIn, IElement element)
    {
        var link = element.Closest("a[href]");
        var figure = element.Closest("figure")?.Children.FirstOrDefault(child => child.LocalName == "figcaption");
        return new PageCreative(
            url,
            foundIn,
            pageUrl.AbsoluteUri,
            Alt: PageText.Clean(element.GetAttribute("alt") ?? element.GetAttribute("aria-label")),
            Title: PageText.Clean(element.GetAttribute("title")),
            Figcaption: figure is null ? null : PageText.Of(figure),
            Heading: heading,
            LinkText: link is null ? null : PageText.Of(link),
            LandingUrl: PictureUrls.Absolute(baseUri, link?.GetAttribute("href"))?.AbsoluteUri);
    }

    private PageCreative MetaCreative(string url, string foundIn) => new(
        url,
        foundIn,
        pageUrl.AbsoluteUri,
        Alt: PageText.Clean(Meta($"{foundIn}:alt")),
        Title: PageText.Clean(Meta(foundIn == "og:image" ? "og:title" : "twitter:title") ?? document.Title),
        LandingUrl: PictureUrls.Absolute(baseUri, Meta("og:url"))?.AbsoluteUri);

    private string? Meta(string name) =>
        document.QuerySelectorAll("meta[content]")
            .FirstOrDefault(meta => string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private Uri? NextPage() =>
        PictureUrls.Absolute(baseUri, (document.QuerySelector("link[rel~='next'][href]") ?? document.QuerySelector("a[rel~='next'][href]"))?.GetAttribute("href"));

    private static bool IsRaster(string? type) =>
        string.IsNullOrWhiteSpace(type) || RasterTypes.Contains(type.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase);
}
