namespace Adology.Modules.Gather.Page;

/// <summary>What one HTML page holds: its pictures, the page <c>rel="next"</c> points at, and the pictures left out.</summary>
internal sealed record PageExtraction(IReadOnlyList<PageCreative> Creatives, Uri? NextPage, IReadOnlyList<SkippedPicture> Skipped);
