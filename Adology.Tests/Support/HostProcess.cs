using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Adology.Tests.Support;

/// <summary>
/// The published Adology host as a process of its own, configured through environment variables: the end-to-end
/// tests kill and restart it, the benchmarks measure it (Adology.Bench compiles this same file).
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(2);

    private readonly Process process;

    private HostProcess(Process process, Uri baseUri)
    {
        this.process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public int ProcessId => process.Id;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the host and waits until <c>/health/ready</c> answers; its output and error lines go to the two writers.</summary>
    public static async Task<HostProcess> StartAsync(
        string hostDll, int port, IReadOnlyDictionary<string, string> environment, Action<string> output, Action<string> errors)
    {
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) output(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) errors(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>The host's peak resident memory so far (VmHWM), in bytes.</summary>
    public long PeakMemory() =>
        long.Parse(File.ReadLines($"/proc/{process.Id}/status").First(line => line.StartsWith("VmHWM:", StringComparison.Ordinal))[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;

    /// <summary>SIGTERM, then the time the host took to exit, and its exit code.</summary>
    public async Task<(TimeSpan Took, int ExitCode)> TerminateAsync()
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        return (clock.Elapsed, process.ExitCode);
    }

    /// <summary>SIGKILL: no shutdown, no flush — whatever the process held in memory is gone.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUri };
        var deadline = DateTime.UtcNow + ReadyWithin;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was ready.");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The host was not ready within {ReadyWithin.TotalMinutes} minutes.");
            }

            try
            {
                if ((await http.GetAsync("health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }
    }
}
