using System.Text.Json;
using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>The brand-wide analysis, a pure function of the scan's items and the brand's catalogue.</summary>
internal static class BrandAnalyzer
{
    public static BrandAnalysis Analyze(
        ScanWork scan, IReadOnlyList<AcquiredItem> scanItems, IReadOnlyList<CatalogueEntry> catalogue, int nearDuplicateDistance, DateTimeOffset now)
    {
        var exact = scanItems
            .GroupBy(item => Convert.ToHexStringLower(item.Fingerprint.Sha256))
            .Where(group => group.Count() > 1)
            .Select(group => new ExactDuplicateGroup(group.Key, [.. group.Select(item => item.Url)]))
            .ToList();
        var near = NearDuplicates.Group([.. catalogue.Select(entry => entry.Fingerprint.PerceptualHash)], nearDuplicateDistance)
            .Select(members => new NearDuplicateGroup(
                [.. members.Select(index => catalogue[index].Id)],
                MaxDistance(members, catalogue)))
            .ToList();
        var newCreatives = catalogue.Count(entry => entry.FirstScanId == scan.ScanId);
        var platforms = CountBy(catalogue, entry => MetadataText(entry.MetadataJson, "platform") ?? "unknown");
        var formats = CountBy(catalogue, entry => entry.Fingerprint.MediaType);
        var summary =
            $"{scan.Acquired} of {scan.Total} creatives acquired ({scan.Failed} failed); the brand has {catalogue.Count} distinct creatives, " +
            $"{newCreatives} new in this scan; {exact.Count} exact-duplicate and {near.Count} near-duplicate groups.";
        return new BrandAnalysis(
            scan.ScanId, scan.Brand, now, scan.Total, scan.Failed, catalogue.Count, newCreatives, exact, near, platforms, formats, summary);
    }

    private static int MaxDistance(int[] members, IReadOnlyList<CatalogueEntry> catalogue) =>
        members.SelectMany(a => members.Select(b => PopCount(catalogue[a].Fingerprint.PerceptualHash ^ catalogue[b].Fingerprint.PerceptualHash))).Max();

    private static int PopCount(long value) => System.Numerics.BitOperations.PopCount((ulong)value);

    private static SortedDictionary<string, int> CountBy(IReadOnlyList<CatalogueEntry> catalogue, Func<CatalogueEntry, string> key) =>
        new(catalogue.GroupBy(key).ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal);

    private static string? MetadataText(string? json, string property)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty(property, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }
}
