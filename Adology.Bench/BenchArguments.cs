namespace Adology.Bench;

internal sealed record BenchArguments(int Items, string HostDll, int Concurrency)
{
    public static BenchArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        return new BenchArguments(
            int.Parse(values.GetValueOrDefault("--items", "6600")),
            values.GetValueOrDefault("--host-dll") ?? throw new ArgumentException("--host-dll is required"),
            int.Parse(values.GetValueOrDefault("--concurrency", (32 * Environment.ProcessorCount).ToString())));
    }
}
