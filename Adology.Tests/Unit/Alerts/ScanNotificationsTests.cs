using Adology.Modules.Alerts;
using Adology.Modules.Alerts.Notifications;
using Adology.Modules.Alerts.Webhooks;
using Adology.Modules.Contracts;

namespace Adology.Tests.Unit.Alerts;

public sealed class ScanNotificationsTests
{
    private static readonly ScanCompleted Scan = new(Guid.NewGuid(), Guid.NewGuid(), "acme", Creatives: 40, NewCreatives: 3, Failed: 1, Matches: 0, DateTimeOffset.UnixEpoch);

    [Test]
    public void A_scan_with_new_creatives_tells_that_it_completed_and_what_is_new()
    {
        var notifications = ScanNotifications.Of(Scan);

        Assert.That(notifications.Select(notification => notification.Kind), Is.EqualTo(new[] { "scan_completed", "new_creatives" }));
        Assert.That(notifications[0].Counts, Is.EquivalentTo(new Dictionary<string, int> { ["creatives"] = 40, ["newCreatives"] = 3, ["failed"] = 1, ["matches"] = 0 }));
        Assert.That(notifications[1].Counts["newCreatives"], Is.EqualTo(3));
        Assert.That(notifications.All(notification => notification.ScanId == Scan.ScanId && notification.Brand == "acme"));
    }

    [Test]
    public void A_scan_with_nothing_new_tells_only_that_it_completed()
    {
        var notifications = ScanNotifications.Of(Scan with { NewCreatives = 0 });

        Assert.That(notifications.Select(notification => notification.Kind), Is.EqualTo(new[] { "scan_completed" }));
    }

    [Test]
    public void Matches_are_told_when_the_scan_has_some()
    {
        var notifications = ScanNotifications.Of(Scan with { Matches = 7 });

        Assert.That(notifications.Single(notification => notification.Kind == "matches").Counts, Is.EquivalentTo(new Dictionary<string, int> { ["matches"] = 7 }));
    }

    [Test]
    public void Retries_wait_the_first_delay_then_twice_as_long_each_time()
    {
        var backoff = DeliverWebhookConsumerDefinition.Backoff(new WebhookOptions { Attempts = 4, FirstRetryDelay = TimeSpan.FromSeconds(10) });

        Assert.That(backoff, Is.EqualTo(new[] { TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40) }));
    }
}
