namespace Adology.Modules.Platform.Cpu;

/// <summary>
/// A bounded queue that hands its items out by owner in turn: an owner with a thousand items queued and one with a single
/// item each get the next turn, so one user's work cannot hold back another's. Takers block; writers wait for room.
/// </summary>
#pragma warning disable CA1001 // The semaphores use no wait handle; the worker threads wait on them until the process ends.
internal sealed class FairQueue<T>
#pragma warning restore CA1001
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, Queue<T>> queuedByOwner = [];
    private readonly Queue<Guid> turns = new();
    private readonly SemaphoreSlim room;
    private readonly SemaphoreSlim queued = new(0);

    public FairQueue(int capacity) => room = new SemaphoreSlim(capacity, capacity);

    /// <summary>Items queued and not yet taken.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return queuedByOwner.Values.Sum(items => items.Count);
            }
        }
    }

    public async Task WriteAsync(Guid owner, T item, CancellationToken cancellationToken)
    {
        await room.WaitAsync(cancellationToken);
        Enqueue(owner, item);
    }

    public bool TryWrite(Guid owner, T item)
    {
        if (!room.Wait(0))
        {
            return false;
        }

        Enqueue(owner, item);
        return true;
    }

    /// <summary>Waits for the next item in turn; false once <see cref="Complete"/> was called and nothing is left.</summary>
    public bool Take(out T item)
    {
        queued.Wait();
        lock (gate)
        {
            if (!turns.TryDequeue(out var owner))
            {
                item = default!;
                return false;
            }

            var items = queuedByOwner[owner];
            item = items.Dequeue();
            if (items.Count > 0)
            {
                turns.Enqueue(owner);
            }
            else
            {
                queuedByOwner.Remove(owner);
            }
        }

        room.Release();
        return true;
    }

    /// <summary>Lets each of <paramref name="takers"/> return false from <see cref="Take"/> once the queue is empty.</summary>
    public void Complete(int takers) => queued.Release(takers);

    private void Enqueue(Guid owner, T item)
    {
        lock (gate)
        {
            if (!queuedByOwner.TryGetValue(owner, out var items))
            {
                items = new Queue<T>();
                queuedByOwner[owner] = items;
                turns.Enqueue(owner);
            }

            items.Enqueue(item);
        }

        queued.Release();
    }
}
