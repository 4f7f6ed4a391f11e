namespace Adology.Bench;

/// <summary>A benchmark that could not measure what it claims: it exits non-zero with this message and no result line.</summary>
internal sealed class BenchFailedException(string message) : Exception(message)
{
    /// <summary>Throws when the check found a problem.</summary>
    public static void ThrowIf(string? problem)
    {
        if (problem is not null)
        {
            throw new BenchFailedException(problem);
        }
    }
}
