using System.Collections.Concurrent;

namespace Adology.Web.Messaging.DeadLetters;

/// <summary>The queues of this host's consumers, as the bus configures them; each has its dead letters in <c>{queue}_error</c>.</summary>
internal sealed class ReceiveQueues
{
    private readonly ConcurrentDictionary<string, byte> names = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names => [.. names.Keys.Order(StringComparer.Ordinal)];

    public void Add(string queue) => names.TryAdd(queue, 0);

    public static string ErrorQueueOf(string queue) => queue + "_error";
}
