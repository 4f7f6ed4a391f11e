using System.Diagnostics;
using System.Net.Sockets;

namespace Adology.Tests.EndToEnd.Support;

/// <summary>The published host (test.sh publishes it) as a process of its own, which a test can kill with SIGKILL.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri baseUri)
    {
        this.process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static string PublishedDll =>
        Environment.GetEnvironmentVariable("ADOLOGY_PUBLISHED_HOST") is { Length: > 0 } path && File.Exists(path)
            ? path
            : throw new InvalidOperationException("ADOLOGY_PUBLISHED_HOST does not name the published Adology.Web.dll: run the tests with ./test.sh, which publishes it.");

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<HostProcess> StartAsync(int port, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [PublishedDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(PublishedDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => TestContext.Progress.WriteLine(line.Data);
        process.ErrorDataReceived += (_, line) => TestContext.Progress.WriteLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>The settings of a test host process: the test database, its own blob folder, the feed allowed, the tests' admin.</summary>
    public static Dictionary<string, string> Settings(Uri feed, string blobs) => new()
    {
        ["ConnectionStrings__Adology"] = Environment.GetEnvironmentVariable("ConnectionStrings__Adology")!,
        ["Blobs__Path"] = blobs,
        ["Acquire__AllowedEndpoints__0"] = $"{feed.Host}:{feed.Port}",
        ["Acquire__Concurrency"] = "8",
        ["Auth__SigningKey"] = Integration.Support.TestHost.SigningKey,
        ["Seed__AdminEmail"] = Integration.Support.TestHost.AdminEmail,
        ["Seed__AdminPassword"] = Integration.Support.TestHost.AdminPassword,
        ["Logging__LogLevel__Default"] = "Warning",
        // As in the integration tests' hosts: the local models would cost these scans minutes on two cores.
        ["Ai__Models__Enabled"] = "false",
    };

    /// <summary>SIGTERM, then the time the host took to exit, and its exit code.</summary>
    public async Task<(TimeSpan Took, int ExitCode)> TerminateAsync()
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
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
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            Assert.That(process.HasExited, Is.False, "the host exited before it was ready");
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the host was not ready within a minute");
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
