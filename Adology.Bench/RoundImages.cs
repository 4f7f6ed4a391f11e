namespace Adology.Bench;

/// <summary>
/// The pictures of the benchmark's current round, made before the round starts: every round has new ones, so the host
/// and the baseline both write every blob, and the memory holds one round's pictures, not all of them.
/// </summary>
internal sealed class RoundImages
{
    private volatile Round current = new(0, []);

    public byte[] At(int index)
    {
        var round = current;
        return round.Images[index - round.First];
    }

    public void Generate(int first, int count)
    {
        current = new Round(first, BenchImages.Generate(first, count));
        // The last round's pictures are garbage now: collected here, not in the middle of the next measurement.
        GC.Collect();
    }

    private sealed record Round(int First, IReadOnlyList<byte[]> Images);
}
