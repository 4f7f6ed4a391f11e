using Microsoft.Playwright;

namespace Adology.Modules.Gather.Browser;

/// <summary>
/// How the browser is started. Every request it makes is served by <see cref="SafeRoutes"/>; these flags are the
/// second line, so that whatever escapes routing (a preconnect, a worker, WebRTC) reaches nothing: names do not
/// resolve and every connection goes to a proxy address where nothing listens.
/// </summary>
internal static class ChromiumLaunch
{
    public const string DeadProxy = "http://127.0.0.1:1";

    public static BrowserTypeLaunchOptions Options(string executablePath) => new()
    {
        ExecutablePath = executablePath,
        Headless = true,
        Args =
        [
            // The host usually runs as root in development and without user namespaces in containers.
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--disable-domain-reliability",
            "--disable-sync",
            "--no-first-run",
            "--no-pings",
            "--dns-prefetch-disable",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            $"--proxy-server={DeadProxy}",
            // Chromium sends loopback around a proxy unless told not to.
            "--proxy-bypass-list=<-loopback>",
            "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
        ],
    };
}
