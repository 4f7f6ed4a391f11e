using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Adology.Bench;

/// <summary>
/// A catalogue of N creatives (four demo brands of one user, the first seen twice in part), then a mix of text and
/// filter searches sent one at a time over HTTP, as a client would: words, phrases, prefixes, exclusions, each with
/// and without filters, of one brand and across brands, ranked or by date or by seen count, on first and later pages.
/// Last line: search: creatives=N queries=Q p50_ms=A p99_ms=B.
/// </summary>
internal static partial class SearchBenchmark
{
    private const int Brands = 4;
    private const int Queries = 1_000;
    private const int WarmUpQueries = 50;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        await using var host = await BenchEnvironment.StartHostAsync(arguments.HostDll, new Dictionary<string, string>());
        var user = await BenchClient.RegisterAsync(host.BaseUri);
        var brands = Enumerable.Range(0, Brands).Select(index => $"search-bench-{index}").ToArray();
        var clock = Stopwatch.StartNew();
        await SeedAsync(user, brands, arguments.Items);
        var creatives = await CountAsync();
        Console.WriteLine($"catalogue of {creatives} creatives in {clock.Elapsed.TotalSeconds:F0} s");
        if (creatives != arguments.Items)
        {
            Console.Error.WriteLine($"the catalogue holds {creatives} creatives, not {arguments.Items}");
            return 1;
        }

        // A settled catalogue, as autovacuum leaves it a minute after a bulk load: otherwise the first queries race it
        // (the search index's pending list of 100,000 new rows, no visibility map for the index-only counts).
        await VacuumAsync();
        var words = await WordsAsync();
        var random = new Random(20261129);
        var latencies = new List<double>(Queries);
        var byKind = new Dictionary<string, List<double>>();
        for (var index = 0; index < Queries + WarmUpQueries; index++)
        {
            var (kind, path) = Query(index, random, words, brands);
            var started = Stopwatch.GetTimestamp();
            var response = await user.Http.GetAsync(path);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                return 1;
            }

            if (index >= WarmUpQueries)
            {
                latencies.Add(elapsed);
                (byKind.TryGetValue(kind, out var ofKind) ? ofKind : byKind[kind] = []).Add(elapsed);
            }
        }

        foreach (var (kind, ofKind) in byKind.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var sorted = ofKind.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-22} {sorted.Length,5} queries  p50 {Percentile(sorted, 0.50),6:F1} ms  p99 {Percentile(sorted, 0.99),6:F1} ms"));
        }

        var all = latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search: creatives={creatives} queries={all.Length} p50_ms={Percentile(all, 0.50):F1} p99_ms={Percentile(all, 0.99):F1}"));
        return 0;
    }

    /// <summary>
    /// Scans the brands so that they hold exactly <paramref name="total"/> creatives: of every 20 demo items the last is
    /// an exact duplicate of the first, so 20q + r items (r &lt; 19) make 19q + r creatives.
    /// </summary>
    private static async Task SeedAsync(BenchClient user, string[] brands, int total)
    {
        var scans = new List<Guid>();
        for (var index = 0; index < brands.Length; index++)
        {
            var creatives = total / brands.Length + (index < total % brands.Length ? 1 : 0);
            scans.Add(await user.StartDemoScanAsync(brands[index], 20 * (creatives / 19) + creatives % 19));
        }

        foreach (var scan in scans)
        {
            await user.WaitAsync(scan, printTimeline: false);
        }

        // Seen again: a tenth of the first brand, so seen counts and last-seen dates differ.
        await user.WaitAsync(await user.StartDemoScanAsync(brands[0], total / brands.Length / 10), printTimeline: false);
    }

    private static (string Kind, string Path) Query(int index, Random random, string[] words, string[] brands)
    {
        string Word() => words[random.Next(words.Length)];
        string Brand() => brands[random.Next(brands.Length)];
        var page = random.Next(4) == 0 ? $"&page={random.Next(2, 5)}" : "";
        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-random.Next(1, 30)).ToString("O", CultureInfo.InvariantCulture));
        return (index % 10) switch
        {
            0 => ("word", $"api/brands/{Brand()}/creatives?q={Word()}{page}"),
            1 => ("two words across", $"api/creatives?q={Word()}%20{Word()}{page}"),
            2 => ("phrase", $"api/brands/{Brand()}/creatives?q=%22{Word()}%20{Word()}%22"),
            3 => ("prefix across", $"api/creatives?q={Word()[..3]}*{page}"),
            4 => ("word+platform", $"api/creatives?q={Word()}&platform=instagram&sort=lastSeen"),
            5 => ("platform+format", $"api/brands/{Brand()}/creatives?platform=tiktok&format=story{page}"),
            6 => ("dates+seen count", $"api/creatives?lastSeenFrom={since}&minSeenCount=2&sort=firstSeen"),
            7 => ("flagged+cta", $"api/brands/{Brand()}/creatives?flagged=true&cta=shop%20now"),
            8 => ("by seen count across", $"api/creatives?sort=seenCount{page}"),
            _ => ("word-exclusion+source", $"api/creatives?q={Word()}%20-{Word()}&source=demo&format=feed"),
        };
    }

    private static async Task<long> CountAsync()
    {
        await using var connection = new NpgsqlConnection(BenchEnvironment.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM catalog.creatives", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task VacuumAsync()
    {
        await using var connection = new NpgsqlConnection(BenchEnvironment.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Words of the catalogue's own copy (four letters or more), so that every text query finds something.</summary>
    private static async Task<string[]> WordsAsync()
    {
        await using var connection = new NpgsqlConnection(BenchEnvironment.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT concat_ws(' ', metadata ->> 'headline', metadata ->> 'body') FROM catalog.creatives ORDER BY random() LIMIT 500", connection);
        var words = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            foreach (Match word in Word().Matches(reader.GetString(0).ToLowerInvariant()))
            {
                words.Add(word.Value);
            }
        }

        return [.. words.Order(StringComparer.Ordinal)];
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Word();
}
