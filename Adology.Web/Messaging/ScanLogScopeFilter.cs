using MassTransit;

namespace Adology.Web.Messaging;

/// <summary>
/// Opens a logging scope with the <c>ScanId</c> of the message being consumed (the distinct ids, comma-separated, of a
/// batch), so every log line a consumer writes, its own or its libraries', names the scan.
/// </summary>
internal sealed class ScanLogScopeFilter<T>(ILogger<ScanLogScopeFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var scanIds = ScanIds.Of(context.Message);
        using (scanIds is null ? null : logger.BeginScope("ScanId:{ScanId}", scanIds))
        {
            await next.Send(context);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("scanLogScope");
}
