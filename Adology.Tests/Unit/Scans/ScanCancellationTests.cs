using Adology.Modules.Scans.Progress;
using Microsoft.Extensions.Time.Testing;

namespace Adology.Tests.Unit.Scans;

public sealed class ScanCancellationTests
{
    private readonly FakeTimeProvider clock = new();

    [Test]
    public void Work_of_a_cancelled_scan_that_starts_after_the_scan_ended_finds_it_cancelled()
    {
        var cancellation = new ScanCancellation(clock);
        var scanId = Guid.NewGuid();
        cancellation.Cancel(scanId);
        cancellation.Forget(scanId);

        clock.Advance(TimeSpan.FromMinutes(1));
        cancellation.Forget(Guid.NewGuid());

        Assert.That(cancellation.TokenFor(scanId).IsCancellationRequested, Is.True);
    }

    [Test]
    public void A_cancelled_scans_token_is_let_go_once_no_late_work_can_need_it()
    {
        var cancellation = new ScanCancellation(clock);
        var scanId = Guid.NewGuid();
        cancellation.Cancel(scanId);
        cancellation.Forget(scanId);

        clock.Advance(ScanCancellation.CancelledKept + TimeSpan.FromSeconds(1));
        cancellation.Forget(Guid.NewGuid());

        Assert.That(cancellation.TokenFor(scanId).IsCancellationRequested, Is.False, "the cancelled scan's token source is still held");
    }
}
