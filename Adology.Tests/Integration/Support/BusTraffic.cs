using System.Collections.Concurrent;
using MassTransit;

namespace Adology.Tests.Integration.Support;

/// <summary>Counts the messages the host publishes and consumes, by type and scan, and the faults it publishes.</summary>
internal sealed class BusTraffic : IPublishObserver, IConsumeObserver
{
    private readonly ConcurrentDictionary<(Type, Guid), int> published = new();
    private readonly ConcurrentDictionary<(Type, Guid), int> consumed = new();
    private readonly ConcurrentQueue<object> faults = new();

    public IReadOnlyCollection<object> Faults => faults;

    public int Published<T>(Guid scanId) => published.GetValueOrDefault((typeof(T), scanId));

    public int Consumed<T>(Guid scanId) => consumed.GetValueOrDefault((typeof(T), scanId));

    public async Task WaitUntilConsumedAsync<T>(Guid scanId, int times)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Consumed<T>(scanId) < times)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"{typeof(T).Name} of {scanId} was not consumed {times} times.");
            await Task.Delay(20);
        }
    }

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        if (context.Message is Fault)
        {
            faults.Enqueue(context.Message);
        }

        Count(published, context.Message);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Count(consumed, context.Message);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    private static void Count<T>(ConcurrentDictionary<(Type, Guid), int> counts, T message)
        where T : class
    {
        if (typeof(T).GetProperty("ScanId")?.GetValue(message) is Guid scanId)
        {
            counts.AddOrUpdate((typeof(T), scanId), 1, (_, count) => count + 1);
        }
    }
}
