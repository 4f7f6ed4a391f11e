using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Tests.Integration.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Pipeline;

public sealed class AcquiredContentsTests
{
    [Test]
    public async Task The_chunks_hold_each_content_once_in_hash_order_with_its_first_item_its_url_count_and_its_insight_as_stored()
    {
        var host = SharedHost.Instance;
        var user = await ApiUser.RegisterAsync(host);
        // The demo plants an exact duplicate (the same bytes at another URL) in every block of 20.
        var scanId = await user.StartDemoScanAsync(ApiUser.UniqueBrand("contents"), 60);
        await user.WaitForScanAsync(scanId);
        await using var scope = host.Services.CreateAsyncScope();
        var items = scope.ServiceProvider.GetRequiredService<IScanItems>();
        var db = scope.ServiceProvider.GetRequiredService<AdologyDb>();
        var acquired = await items.ReadAcquiredAsync(scanId, CancellationToken.None);
        var expected = acquired
            .GroupBy(item => Convert.ToHexStringLower(item.Fingerprint.Sha256), StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.First(), group.Count()))
            .ToList();

        var chunks = await db.InTransactionAsync(
            async () =>
            {
                var read = new List<IReadOnlyList<AcquiredContent>>();
                await foreach (var chunk in items.ReadAcquiredContentsAsync(scanId, 7, CancellationToken.None))
                {
                    read.Add(chunk);
                }

                return read;
            },
            CancellationToken.None);

        var contents = chunks.SelectMany(chunk => chunk).ToList();
        Assert.That(expected.Count(content => content.Item2 > 1), Is.GreaterThan(0), "the scan repeats a content");
        Assert.That(chunks.Select(chunk => chunk.Count), Has.All.InRange(1, 7));
        Assert.That(contents.Select(content => (content.First.Ordinal, content.UrlCount)), Is.EqualTo(expected.Select(content => (content.Item1.Ordinal, content.Item2))));
        for (var i = 0; i < contents.Count; i++)
        {
            var (item, stored) = (expected[i].Item1, contents[i].First.Stored!);
            Assert.That(contents[i].First.Url, Is.EqualTo(item.Url));
            Assert.That(contents[i].First.MetadataJson, Is.EqualTo(item.MetadataJson));
            Assert.That(contents[i].First.Fingerprint.Sha256, Is.EqualTo(item.Fingerprint.Sha256));
            Assert.That(StoredInsight.Read(stored.Visual, stored.Text, stored.AttributesJson), Is.EqualTo(item.Insight).Using<CreativeInsight>(SameInsight));
        }
    }

    private static bool SameInsight(CreativeInsight a, CreativeInsight b) =>
        a.Visual.SequenceEqual(b.Visual) && a.Text.SequenceEqual(b.Text)
        && System.Text.Json.JsonSerializer.Serialize(a.Attributes) == System.Text.Json.JsonSerializer.Serialize(b.Attributes);
}
