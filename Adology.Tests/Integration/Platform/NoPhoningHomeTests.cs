using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adology.Tests.Integration.Platform;

public sealed class NoPhoningHomeTests
{
    [Test]
    public void MassTransit_sends_no_usage_telemetry()
    {
        var telemetry = SharedHost.Instance.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value;

        Assert.That(telemetry.Enabled, Is.False);
    }
}
