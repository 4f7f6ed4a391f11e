namespace Adology.Modules.Ai.Similarity;

/// <summary>
/// The k best (score, row) pairs seen, in a min-heap whose root is the worst kept: higher scores win, and of
/// equal scores the lower row, so results do not depend on the order rows are offered in.
/// </summary>
internal sealed class TopScores(int capacity)
{
    private readonly (float Score, int Row)[] heap = new (float, int)[capacity];
    private int count;

    public void Offer(float score, int row)
    {
        if (count < heap.Length)
        {
            heap[count] = (score, row);
            SiftUp(count++);
        }
        else if (count > 0 && Better((score, row), heap[0]))
        {
            heap[0] = (score, row);
            SiftDown(0);
        }
    }

    public void OfferAll(TopScores other)
    {
        for (var i = 0; i < other.count; i++)
        {
            Offer(other.heap[i].Score, other.heap[i].Row);
        }
    }

    /// <summary>The kept pairs, best first.</summary>
    public (float Score, int Row)[] Best()
    {
        var best = heap[..count];
        Array.Sort(best, (a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : 0);
        return best;
    }

    private static bool Better((float Score, int Row) a, (float Score, int Row) b) =>
        a.Score > b.Score || (a.Score == b.Score && a.Row < b.Row);

    private void SiftUp(int i)
    {
        while (i > 0 && Better(heap[(i - 1) / 2], heap[i]))
        {
            (heap[i], heap[(i - 1) / 2]) = (heap[(i - 1) / 2], heap[i]);
            i = (i - 1) / 2;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            foreach (var child in (ReadOnlySpan<int>)[(2 * i) + 1, (2 * i) + 2])
            {
                if (child < count && Better(heap[worst], heap[child]))
                {
                    worst = child;
                }
            }

            if (worst == i)
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }
}
