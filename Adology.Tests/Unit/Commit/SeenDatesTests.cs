using Adology.Modules.Commit;

namespace Adology.Tests.Unit.Commit;

public sealed class SeenDatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Delivery_dates_in_the_metadata_are_when_the_creative_was_seen()
    {
        var (first, last) = SeenDates.Of("""{"startedAt":"2026-01-05T00:00:00Z","stoppedAt":"2026-02-01T00:00:00Z"}""", Now);

        Assert.That((first, last), Is.EqualTo((new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero))));
    }

    [Test]
    public void A_running_ad_was_last_seen_now()
    {
        Assert.That(SeenDates.Of("""{"startedAt":"2026-01-05"}""", Now), Is.EqualTo((new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), Now)));
    }

    [TestCase(null)]
    [TestCase("""{"headline":"Sale"}""")]
    [TestCase("""{"startedAt":"next week","stoppedAt":42}""")]
    [TestCase("""{"startedAt":"2027-01-01T00:00:00Z"}""")]
    public void Without_believable_dates_the_scan_time_is_both(string? metadata)
    {
        Assert.That(SeenDates.Of(metadata, Now), Is.EqualTo((Now, Now)));
    }

    [Test]
    public void A_stop_before_the_start_is_not_believed()
    {
        Assert.That(SeenDates.Of("""{"startedAt":"2026-03-01","stoppedAt":"2026-02-01"}""", Now), Is.EqualTo((new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), Now)));
    }
}
