using Adology.Modules.Contracts;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>
/// One distinct picture of a scan and the distinct copies it came with (the same picture may run with several); its first
/// item (ordinal, URL, headline) names it where a watch term is found in its on-image text.
/// </summary>
internal sealed record ScanPicture(byte[] Sha256, IReadOnlyList<AdCopy> Copies)
{
    public string Key { get; } = Convert.ToHexStringLower(Sha256);

    public int Ordinal { get; init; }

    public string Url { get; init; } = string.Empty;

    public static List<ScanPicture> Of(IReadOnlyList<AcquiredItem> items) =>
    [
        .. items
            .GroupBy(item => Convert.ToHexStringLower(item.Fingerprint.Sha256), StringComparer.Ordinal)
            .Select(group => new ScanPicture(group.First().Fingerprint.Sha256, [.. group.Select(item => AdCopy.Of(item.MetadataJson)).Distinct()])
            {
                Ordinal = group.First().Ordinal,
                Url = group.First().Url,
            }),
    ];

    /// <summary>Its on-image text as a subject for the scan's watch terms.</summary>
    public MatchSubject Subject(Guid scanId, string onImageText) =>
        MatchSubject.OfPicture(scanId, Ordinal, Url, Sha256, Copies.Count > 0 ? Copies[0].Headline : null, onImageText);
}
