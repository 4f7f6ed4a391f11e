namespace Adology.Bench;

/// <param name="Transport">The host's bus: <c>inmemory</c> or <c>rabbitmq</c> (the node bench.sh starts).</param>
/// <param name="Rounds">The pipeline benchmark's measured rounds (five by default; fewer for quick iteration).</param>
internal sealed record BenchArguments(int Items, string HostDll, int Concurrency, string Transport, int Rounds)
{
    public static BenchArguments Parse(string[] args, int defaultItems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        return new BenchArguments(
            values.TryGetValue("--items", out var items) ? int.Parse(items) : defaultItems,
            values.GetValueOrDefault("--host-dll") ?? throw new ArgumentException("--host-dll is required"),
            int.Parse(values.GetValueOrDefault("--concurrency", (32 * Environment.ProcessorCount).ToString())),
            values.GetValueOrDefault("--transport", "inmemory").ToLowerInvariant(),
            int.Parse(values.GetValueOrDefault("--rounds", "5")));
    }
}
