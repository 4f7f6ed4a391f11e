namespace Adology.Modules.Contracts;

/// <summary>Where a scan gathers its creatives: the values of <see cref="ScanSourceRequest.Type"/> and <see cref="ScanWork.SourceType"/>.</summary>
public static class SourceTypes
{
    /// <summary>Synthetic creatives the host serves itself.</summary>
    public const string Demo = "demo";

    /// <summary>An HTTP JSON feed of the brand's creatives.</summary>
    public const string Feed = "feed";

    /// <summary>Files uploaded to <c>POST /api/scans/upload</c>; only that endpoint starts such a scan.</summary>
    public const string Upload = "upload";
}
