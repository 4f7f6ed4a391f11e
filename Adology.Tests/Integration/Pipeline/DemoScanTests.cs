using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Pipeline;

public sealed class DemoScanTests
{
    // The demo plants an exact copy at every index % 20 == 19 and a near-duplicate at every index % 20 == 10.
    private const int Count = 1_000;
    private const int PlantedCopies = Count / 20;
    private const int PlantedNearDuplicates = Count / 20;

    [Test]
    public async Task Demo_scan_of_1000_creatives_completes_with_exact_counts()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("demo");

        var scanId = await user.StartDemoScanAsync(brand, Count);
        var scan = await user.WaitForScanAsync(scanId);

        Assert.Multiple(() =>
        {
            Assert.That(scan.Status, Is.EqualTo("completed"), scan.Message);
            Assert.That(scan.Phase, Is.EqualTo("done"));
            Assert.That(scan.Total, Is.EqualTo(Count));
            Assert.That(scan.Processed, Is.EqualTo(Count));
            Assert.That(scan.Failed, Is.Zero);
            Assert.That(scan.Progress, Is.EqualTo(100));
            Assert.That(scan.CompletedAt, Is.Not.Null);
        });
        var creatives = await user.AllCreativesAsync(brand);
        Assert.That(creatives, Has.Count.EqualTo(Count - PlantedCopies));
        Assert.That(creatives.Select(creative => creative.Sha256).Distinct().Count(), Is.EqualTo(Count - PlantedCopies));
        Assert.That(creatives, Has.All.Matches<CreativeView>(creative => creative.SeenCount == 1 && creative.Scans.SequenceEqual(new[] { scanId })));
        Assert.That(host.Bus.Published<CommitBrand>(scanId), Is.EqualTo(1));
    }

    [Test]
    public async Task Demo_scan_stores_every_creative_in_the_blob_store_under_its_sha256()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        var brand = ApiUser.UniqueBrand("blobs");

        await user.WaitForScanAsync(await user.StartDemoScanAsync(brand, 40));

        var creatives = await user.AllCreativesAsync(brand);
        Assert.That(creatives, Is.Not.Empty);
        foreach (var creative in creatives)
        {
            var path = Path.Combine(host.BlobPath, creative.Sha256[..2], creative.Sha256);
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.That(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), Is.EqualTo(creative.Sha256));
            Assert.That(bytes, Has.Length.EqualTo(creative.ByteSize));
        }
    }

    [Test]
    public async Task Demo_scan_analysis_finds_the_planted_exact_and_near_duplicates()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("analysis");
        var scanId = await user.StartDemoScanAsync(brand, Count);
        await user.WaitForScanAsync(scanId);

        var analysis = await user.Http.GetFromJsonAsync<JsonElement>($"/api/scans/{scanId}/analysis");

        Assert.Multiple(() =>
        {
            Assert.That(analysis.GetProperty("creatives").GetInt32(), Is.EqualTo(Count - PlantedCopies));
            Assert.That(analysis.GetProperty("newCreatives").GetInt32(), Is.EqualTo(Count - PlantedCopies));
            Assert.That(analysis.GetProperty("exactDuplicateGroups").GetArrayLength(), Is.EqualTo(PlantedCopies));
            Assert.That(analysis.GetProperty("nearDuplicateGroups").GetArrayLength(), Is.EqualTo(PlantedNearDuplicates));
            Assert.That(analysis.GetProperty("formats").GetProperty("image/png").GetInt32(), Is.EqualTo(Count - PlantedCopies));
            Assert.That(analysis.GetProperty("platforms").EnumerateObject().Sum(platform => platform.Value.GetInt32()), Is.EqualTo(Count - PlantedCopies));
            Assert.That(analysis.GetProperty("summary").GetString(), Does.Contain($"this scan found {Count} of {Count}"));
        });
        foreach (var group in analysis.GetProperty("nearDuplicateGroups").EnumerateArray())
        {
            Assert.That(group.GetProperty("creativeIds").GetArrayLength(), Is.EqualTo(2));
        }
    }
}
