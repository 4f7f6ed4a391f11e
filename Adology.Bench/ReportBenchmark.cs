using System.Diagnostics;
using Adology.Modules.Commit;
using Adology.Modules.Contracts;
using Adology.Modules.Platform;
using Adology.Modules.Reports;
using Npgsql;

namespace Adology.Bench;

/// <summary>
/// The scan report's memory: seeds brands of 1,000, 10,000 and N creatives straight into the catalogue, then writes
/// each one's report in this process exactly as the endpoint does (catalogue pages → workbook → temporary file),
/// printing the bytes allocated and the peak working set of each. Flat memory: the peak does not grow with N.
/// </summary>
internal static class ReportBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Adology"] = BenchEnvironment.ConnectionString })
            .Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddPlatformModule(configuration)
            .AddCommitModule(configuration)
            .BuildServiceProvider();
        await services.MigrateModulesAsync(CancellationToken.None);

        foreach (var rows in new[] { 1_000, 10_000, arguments.Items })
        {
            var (owner, scan) = await SeedAsync(rows);
            await using var scope = services.CreateAsyncScope();
            var snapshots = scope.ServiceProvider.GetRequiredService<ICatalogueSnapshots>();
            Console.WriteLine(await MeasureAsync(rows, snapshots, owner, scan));
        }

        return 0;
    }

    private const int Clusters = 8;

    private static async Task<string> MeasureAsync(int rows, ICatalogueSnapshots snapshots, Guid owner, ScanView scan)
    {
        var analysis = Analysis(scan, rows);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = ProcessMemory.ResetPeak();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await using (var file = new FileStream(Path.Combine(BenchEnvironment.Work, $"report-{rows}.xlsx"), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose))
        {
            var creatives = snapshots.ReadAsync(owner, scan.Brand, scan.Id, scan.CompletedAt!.Value, CancellationToken.None);
            await ReportWriter.WriteAsync(file, scan, analysis, creatives, Members(rows), AsyncEnumerable.Empty<ScanMatch>(), DateTimeOffset.UtcNow, CancellationToken.None);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var seconds = clock.Elapsed.TotalSeconds;
            var peak = ProcessMemory.Peak();
            return $"report: rows={rows} seconds={seconds:F2} file_mb={file.Length / 1e6:F1} allocated_mb={allocated / 1e6:F0} " +
                $"working_set_before_mb={before / 1e6:F0} peak_working_set_mb={peak / 1e6:F0} managed_heap_after_mb={GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:F0}";
        }
    }

    /// <summary>An analysis of the size a real one has: an exact and a near-duplicate group every 20 creatives.</summary>
    private static BrandAnalysis Analysis(ScanView scan, int rows)
    {
        var counts = new Dictionary<string, int>();
        return new BrandAnalysis(
            scan.Id,
            scan.Brand,
            DateTimeOffset.UtcNow,
            rows,
            0,
            rows,
            rows,
            new ScanChanges(null, null, rows, 0, 0, [], []),
            [.. Enumerable.Range(0, rows / 20).Select(group => new ExactDuplicateGroup(
                $"{group:x64}", [$"https://ads.example.com/{group}/a.png", $"https://ads.example.com/{group}/b.png"]))],
            [.. Enumerable.Range(0, rows / 20).Select(_ => new NearDuplicateGroup([Guid.NewGuid(), Guid.NewGuid()], 4))],
            [.. Enumerable.Range(0, Clusters).Select(cluster => new CreativeCluster(cluster, rows / Clusters, 1.0 / Clusters, [$"theme{cluster}", "words"], [], []))],
            [],
            counts,
            counts,
            counts,
            new CopyFigures(counts, counts, 0, 0, 0, counts),
            "benchmark",
            "template");
    }

    /// <summary>Every creative in one of the clusters, as the analysis stores them, generated rather than held.</summary>
    private static IAsyncEnumerable<ClusterMembership> Members(int rows) =>
        Enumerable.Range(0, rows).Select(row => new ClusterMembership(row % Clusters, Guid.NewGuid())).ToAsyncEnumerable();

    private static async Task<(Guid Owner, ScanView Scan)> SeedAsync(int rows)
    {
        var owner = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var scan = new ScanView(Guid.NewGuid(), $"report-bench-{rows}", "completed", "done", rows, rows, 0, 100, "benchmark", now.AddMinutes(-1), now);
        await using var connection = new NpgsqlConnection(BenchEnvironment.ConnectionString);
        await connection.OpenAsync();
        await using var seed = new NpgsqlCommand(
            """
            INSERT INTO catalog.creatives (id, owner_id, brand, sha256, media_type, byte_size, width, height, perceptual_hash, url, metadata,
                first_seen_at, last_seen_at, seen_count, first_scan_id, last_scan_id)
            SELECT gen_random_uuid(), @owner, @brand, sha256(int4send(i)), 'image/png', 20000 + i % 1000, 256, 256, i,
                'https://ads.example.com/creatives/' || @brand || '/' || i || '.png',
                jsonb_build_object('platform', (ARRAY['facebook', 'instagram', 'tiktok', 'youtube'])[1 + i % 4],
                    'headline', 'Headline number ' || i || ' of the benchmark brand'),
                @now, @now, 1, @scan, @scan
            FROM generate_series(1, @rows) AS i;
            INSERT INTO catalog.sightings (creative_id, scan_id, url_count, seen_at)
            SELECT id, @scan, 1, @now FROM catalog.creatives WHERE owner_id = @owner;
            ANALYZE catalog.creatives;
            ANALYZE catalog.sightings;
            """,
            connection);
        seed.Parameters.AddWithValue("owner", owner);
        seed.Parameters.AddWithValue("brand", scan.Brand);
        seed.Parameters.AddWithValue("scan", scan.Id);
        seed.Parameters.AddWithValue("now", now);
        seed.Parameters.AddWithValue("rows", rows);
        seed.CommandTimeout = 600;
        await seed.ExecuteNonQueryAsync();
        return (owner, scan);
    }
}
