using Adology.Modules.Contracts;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>One distinct picture of a scan and the distinct copies it came with (the same picture may run with several).</summary>
internal sealed record ScanPicture(byte[] Sha256, IReadOnlyList<AdCopy> Copies)
{
    public string Key { get; } = Convert.ToHexStringLower(Sha256);

    public static List<ScanPicture> Of(IReadOnlyList<AcquiredItem> items) =>
    [
        .. items
            .GroupBy(item => Convert.ToHexStringLower(item.Fingerprint.Sha256), StringComparer.Ordinal)
            .Select(group => new ScanPicture(group.First().Fingerprint.Sha256, [.. group.Select(item => AdCopy.Of(item.MetadataJson)).Distinct()])),
    ];
}
