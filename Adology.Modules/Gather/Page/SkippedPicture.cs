namespace Adology.Modules.Gather.Page;

/// <summary>A picture of a page left out on purpose (too small to be an ad, not a raster picture…), with why.</summary>
internal sealed record SkippedPicture(string Url, string Reason);
