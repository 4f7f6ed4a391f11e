namespace Adology.Modules.Enrich.Models;

/// <summary>
/// What the plain loop of <see cref="RawEnrichLoop"/> took: wall time overall, and per stage the wall and the process
/// CPU time summed over its threads (with one thread, each stage's own cost).
/// </summary>
internal sealed record RawEnrichResult(int Items, TimeSpan Elapsed, IReadOnlyDictionary<string, (TimeSpan Wall, TimeSpan Cpu)> Stages)
{
    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;
}
