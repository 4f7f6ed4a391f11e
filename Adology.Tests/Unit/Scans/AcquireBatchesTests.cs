using Adology.Modules.Scans;

namespace Adology.Tests.Unit.Scans;

public sealed class AcquireBatchesTests
{
    [Test]
    public void Pending_items_go_to_the_acquire_in_batches_of_the_configured_size_in_order()
    {
        var scanId = Guid.NewGuid();
        var options = new ScansOptions { AcquireBatchSize = 100 };

        var batches = options.AcquireBatches(scanId, Enumerable.Range(0, 230));

        Assert.That(batches.Select(batch => batch.Ordinals.Count), Is.EqualTo(new[] { 100, 100, 30 }));
        Assert.That(batches.SelectMany(batch => batch.Ordinals), Is.EqualTo(Enumerable.Range(0, 230)));
        Assert.That(batches.Select(batch => batch.ScanId), Has.All.EqualTo(scanId));
    }

    [Test]
    public void No_pending_items_make_no_message()
    {
        Assert.That(new ScansOptions().AcquireBatches(Guid.NewGuid(), []), Is.Empty);
    }
}
