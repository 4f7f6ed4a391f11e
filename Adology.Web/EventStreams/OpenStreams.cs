using Microsoft.Extensions.Options;

namespace Adology.Web.EventStreams;

/// <summary>The event streams open on this host, per user, so that one user cannot hold an unbounded number of them.</summary>
internal sealed class OpenStreams(IOptions<EventStreamOptions> options)
{
    private readonly Lock sync = new();
    private readonly Dictionary<Guid, int> open = [];

    public bool TryOpen(Guid userId)
    {
        lock (sync)
        {
            var count = open.GetValueOrDefault(userId);
            if (count >= options.Value.MaxStreamsPerUser)
            {
                return false;
            }

            open[userId] = count + 1;
            return true;
        }
    }

    public void Close(Guid userId)
    {
        lock (sync)
        {
            if (open.GetValueOrDefault(userId) <= 1)
            {
                open.Remove(userId);
            }
            else
            {
                open[userId]--;
            }
        }
    }
}
