namespace Adology.Bench;

/// <summary>A scan the soak benchmark started: whose it is, how many items it lists and how many of them the source made fail.</summary>
internal sealed record SoakScan(Guid Id, BenchClient Owner, int Items, int Failing, bool Cancelled);
