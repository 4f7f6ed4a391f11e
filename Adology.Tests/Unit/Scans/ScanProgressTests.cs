using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Queries;

namespace Adology.Tests.Unit.Scans;

public sealed class ScanProgressTests
{
    [TestCase("queued", null, 0, 0)]
    [TestCase("acquiring", 1000, 0, 5)]
    [TestCase("acquiring", 1000, 500, 47)]
    [TestCase("acquiring", 1000, 1000, 90)]
    [TestCase("committing", 1000, 1000, 90)]
    [TestCase("enriching", 200, 100, 92)]
    [TestCase("analyzing", 1000, 1000, 95)]
    [TestCase("completed", 1000, 1000, 100)]
    [TestCase("completed", 0, 0, 100)]
    [TestCase("failed", 10, 4, 40)]
    public void Progress_rises_through_the_phases(string status, int? total, int processed, int percent) =>
        Assert.That(ScanProgress.Percent(ScanStatusText.Parse(status), total, processed), Is.EqualTo(percent));
}
