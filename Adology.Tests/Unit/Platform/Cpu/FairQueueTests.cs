using Adology.Modules.Platform.Cpu;

namespace Adology.Tests.Unit.Platform.Cpu;

public sealed class FairQueueTests
{
    private static readonly Guid Backlogged = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000000");
    private static readonly Guid Another = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000000");

    [Test]
    public void Owners_are_taken_in_turn_each_owners_items_in_the_order_written()
    {
        var queue = new FairQueue<string>(10);
        foreach (var item in new[] { "a1", "a2", "a3" })
        {
            Assert.That(queue.TryWrite(Backlogged, item), Is.True);
        }

        Assert.That(queue.TryWrite(Another, "b1"), Is.True);
        Assert.That(queue.TryWrite(Another, "b2"), Is.True);

        Assert.That(TakeAll(queue, 5), Is.EqualTo(new[] { "a1", "b1", "a2", "b2", "a3" }));
    }

    [Test]
    public void A_full_queue_refuses_a_write_until_an_item_is_taken()
    {
        var queue = new FairQueue<string>(1);
        queue.TryWrite(Backlogged, "a1");

        var refused = queue.TryWrite(Another, "b1");
        TakeAll(queue, 1);
        var accepted = queue.TryWrite(Another, "b1");

        Assert.That((refused, accepted), Is.EqualTo((false, true)));
    }

    private static List<string> TakeAll(FairQueue<string> queue, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => queue.Take(out var item) ? item : throw new AssertionException("queue ended"))];
}
