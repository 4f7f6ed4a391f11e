namespace Adology.Modules.Gather.Page;

/// <summary>How pages are read (<c>Gather:Page</c>), for the page source and the sources that read pages like it.</summary>
internal sealed class PageOptions
{
    public const string Section = "Gather:Page";

    /// <summary>A picture the page shows smaller than this (pixels, both ways) is an icon, skipped.</summary>
    public int MinPictureSize { get; set; } = PageCreatives.DefaultMinPictureSize;

    /// <summary>A <c>data:</c> picture larger than this, decoded, is skipped.</summary>
    public int MaxInlinePictureBytes { get; set; } = 5 * 1024 * 1024;
}
