using System.Collections.Concurrent;
using Adology.Modules.Platform;
using MassTransit;

namespace Adology.Web.Messaging;

/// <summary>Counts the messages each queue has received and not yet finished, for a shutdown that had to be forced.</summary>
internal sealed class InFlightMessages : IReceiveObserver, IWorkInProgress
{
    private readonly ConcurrentDictionary<string, int> perQueue = new();

    public Task PreReceive(ReceiveContext context) => Count(context, +1);

    public Task PostReceive(ReceiveContext context) => Count(context, -1);

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Count(context, -1);

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public string? Describe()
    {
        var busy = perQueue.Where(queue => queue.Value > 0).Select(queue => $"{queue.Key}: {queue.Value} in flight").ToList();
        return busy.Count > 0 ? string.Join(", ", busy) : null;
    }

    private Task Count(ReceiveContext context, int change)
    {
        perQueue.AddOrUpdate(context.InputAddress.AbsolutePath.Trim('/'), change, (_, count) => count + change);
        return Task.CompletedTask;
    }
}
