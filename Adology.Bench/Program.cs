using Adology.Bench;

return args switch
{
    ["pipeline", .. var rest] => await PipelineBenchmark.RunAsync(BenchArguments.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench pipeline --items N --host-dll PATH [--concurrency N]");
    return 2;
}
