namespace Adology.Modules.Gather.AdLibrary;

/// <summary>One ad as the Ad Library API (<c>ads_archive</c>) describes it; dates as ISO 8601 UTC.</summary>
internal sealed record ArchivedAd(
    string? Id,
    string? PageName,
    string? PageId,
    string? SnapshotUrl,
    IReadOnlyList<string> Bodies,
    IReadOnlyList<string> LinkTitles,
    IReadOnlyList<string> LinkCaptions,
    IReadOnlyList<string> LinkDescriptions,
    string? StartedAt,
    string? StoppedAt,
    IReadOnlyList<string> Platforms);
