using Adology.Bench;

try
{
    return args switch
    {
        ["pipeline", .. var rest] => await PipelineBenchmark.RunAsync(BenchArguments.Parse(rest, defaultItems: 6_600)),
        ["progress", .. var rest] => await ProgressBenchmark.RunAsync(BenchArguments.Parse(rest, defaultItems: 2_000)),
        ["ai", .. var rest] => await AiBenchmark.RunAsync(BenchArguments.Parse(rest, defaultItems: 100_000)),
        ["report", .. var rest] => await ReportBenchmark.RunAsync(BenchArguments.Parse(rest, defaultItems: 100_000)),
        ["models", .. var rest] => ModelsBenchmark.Run(rest),
        ["search", .. var rest] => await SearchBenchmark.RunAsync(BenchArguments.Parse([.. rest.Select(arg => arg == "--creatives" ? "--items" : arg)], defaultItems: 100_000)),
        ["enrich", .. var rest] => await EnrichBenchmark.RunAsync(BenchArguments.Parse(rest, defaultItems: 2_000)),
        ["connections", .. var rest] => await ConnectionsBenchmark.RunAsync(BenchArguments.Parse([.. rest.Select(arg => arg == "--count" ? "--items" : arg)], defaultItems: 50_000)),
        ["soak", .. var rest] => await SoakBenchmark.RunAsync(BenchArguments.Parse([.. rest.Select(arg => arg == "--minutes" ? "--items" : arg)], defaultItems: 10)),
        _ => Usage(),
    };
}
catch (BenchFailedException failure)
{
    // No result line: a run that missed a scan's end or an event measured something else.
    Console.Error.WriteLine($"benchmark failed: {failure.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: bench pipeline|progress|report|ai|enrich|models|search|connections|soak [--items N | --creatives N | --count N | --minutes N] --host-dll PATH [--concurrency N] [--transport inmemory|rabbitmq]");
    return 2;
}
