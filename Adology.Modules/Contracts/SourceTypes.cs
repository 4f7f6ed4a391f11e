namespace Adology.Modules.Contracts;

/// <summary>Where a scan gathers its creatives: the values of <see cref="ScanSourceRequest.Type"/> and <see cref="ScanWork.SourceType"/>.</summary>
public static class SourceTypes
{
    /// <summary>Synthetic creatives the host serves itself.</summary>
    public const string Demo = "demo";

    /// <summary>An HTTP JSON feed of the brand's creatives.</summary>
    public const string Feed = "feed";

    /// <summary>An HTML page (and the pages its <c>rel="next"</c> leads to) whose pictures are the creatives.</summary>
    public const string Page = "page";

    /// <summary>The Meta Ad Library API: the ads a search finds, their pictures read from each ad's snapshot page.</summary>
    public const string AdLibrary = "adLibrary";

    /// <summary>A web page rendered and scrolled by headless Chromium, then read for its pictures.</summary>
    public const string Browser = "browser";

    /// <summary>Files uploaded to <c>POST /api/scans/upload</c>; only that endpoint starts such a scan.</summary>
    public const string Upload = "upload";

    /// <summary>The types <c>POST /api/scans</c> and the hub's StartScan take (an upload has its own endpoint).</summary>
    public static readonly IReadOnlyList<string> Requestable = [Demo, Feed, Page, Browser, AdLibrary];
}
