namespace Adology.Modules.Contracts;

/// <summary>A creative of a brand's catalogue as it stood at a scan; <c>Url</c> and the metadata are as last seen.</summary>
/// <param name="SeenCount">In how many scans it appeared, up to that scan.</param>
/// <param name="NewInScan">Whether that scan is the first that saw it.</param>
/// <param name="OnImageText">The text printed on its picture, as the enriching phase read it; null when not read.</param>
/// <param name="Labels">The vision model's labels, or null (<paramref name="LabelFailure"/> says why, when it failed).</param>
public sealed record SnapshotCreative(
    Guid Id,
    string Sha256,
    string Url,
    string MediaType,
    int Width,
    int Height,
    int ByteSize,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    int SeenCount,
    string? Platform,
    string? Headline,
    bool NewInScan,
    string? OnImageText = null,
    CreativeLabels? Labels = null,
    string? LabelFailure = null);
