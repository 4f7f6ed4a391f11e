namespace Adology.Web.Messaging.DeadLetters;

/// <summary>
/// The in-memory transport's dead letters, oldest first: that transport has no durable <c>_error</c> queues, and its
/// messages live no longer than the process anyway. Holds at most <see cref="Capacity"/>; beyond, the oldest go.
/// </summary>
internal sealed class DeadLetterStore
{
    public const int Capacity = 10_000;

    private readonly Lock sync = new();
    private readonly LinkedList<StoredDeadLetter> letters = [];

    public void Add(StoredDeadLetter letter)
    {
        lock (sync)
        {
            letters.AddLast(letter);
            if (letters.Count > Capacity)
            {
                letters.RemoveFirst();
            }
        }
    }

    public (IReadOnlyList<StoredDeadLetter> Page, int Total) Read(int skip, int take)
    {
        lock (sync)
        {
            return ([.. letters.Skip(skip).Take(take)], letters.Count);
        }
    }

    public StoredDeadLetter? Take(Guid id)
    {
        lock (sync)
        {
            for (var node = letters.First; node is not null; node = node.Next)
            {
                if (node.Value.Letter.Id == id)
                {
                    letters.Remove(node);
                    return node.Value;
                }
            }

            return null;
        }
    }

    /// <summary>Puts back a letter taken for a replay that failed, at the front, where the oldest ones are.</summary>
    public void PutBack(StoredDeadLetter letter)
    {
        lock (sync)
        {
            letters.AddFirst(letter);
        }
    }
}
