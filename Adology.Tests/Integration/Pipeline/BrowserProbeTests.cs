using System.Diagnostics;
using Adology.Modules.Gather.Browser;
using Adology.Tests.Integration.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Pipeline;

public sealed class BrowserProbeTests
{
    [Test]
    public async Task Probe()
    {
        await using var site = await FeedServer.StartAsync();
        await using var canary = await FeedServer.StartAsync();
        SharedHost.Instance.Allow(site.BaseUri);
        var c = canary.BaseUri.AbsoluteUri.TrimEnd('/');
        site.Map("page.html", http => { http.Response.ContentType = "text/html"; return http.Response.WriteAsync($$"""
            <!doctype html><html><body><h1>Hi</h1><div style="height:3000px">x</div><div id="feed"></div>
            <iframe src="{{c}}/frame"></iframe>
            <script src="redirect.js"></script>
            <script>
            try { new WebSocket('{{c.Replace("http", "ws")}}/ws'); } catch (e) {}
            try { navigator.sendBeacon('{{c}}/beacon', 'x'); } catch (e) {}
            fetch('{{c}}/fetch').catch(e => 0).finally(() => { const i = document.createElement('img'); i.src = 'after.png'; document.body.appendChild(i); });
            let loaded = false;
            window.addEventListener('scroll', async () => {
              if (loaded || window.scrollY + window.innerHeight < document.body.scrollHeight - 10) return;
              loaded = true;
              const items = await (await fetch('items.json')).json();
              for (const item of items) { const img = document.createElement('img'); img.src = item; document.getElementById('feed').appendChild(img); }
            });
            </script></body></html>
            """); });
        site.Map("items.json", http => http.Response.WriteAsJsonAsync(new[] { "img/1.png", "img/2.png" }));
        site.Map("redirect.js", http => { http.Response.Redirect($"{c}/redirected"); return Task.CompletedTask; });
        var renderer = SharedHost.Instance.Services.GetRequiredService<PageRenderer>();
        var watch = Stopwatch.StartNew();
        var page = await renderer.RenderAsync(site.Url("page.html"), 10, CancellationToken.None);
        TestContext.Out.WriteLine($"{watch.ElapsedMilliseconds} ms {page.Url}\n{page.Html}");
        TestContext.Out.WriteLine($"canary: frame {canary.Hits("frame")} ws {canary.Hits("ws")} beacon {canary.Hits("beacon")} fetch {canary.Hits("fetch")} redirected {canary.Hits("redirected")}");
        TestContext.Out.WriteLine($"browsers: {string.Join(",", BrowserProcesses.Running())}");
        watch.Restart();
        page = await renderer.RenderAsync(site.Url("page.html"), 10, CancellationToken.None);
        TestContext.Out.WriteLine($"second {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        page = await renderer.RenderAsync(site.Url("page.html"), 0, CancellationToken.None);
        TestContext.Out.WriteLine($"no scroll {watch.ElapsedMilliseconds} ms");
        site.Map("plain.html", http => { http.Response.ContentType = "text/html"; return http.Response.WriteAsync("<html><body>plain</body></html>"); });
        watch.Restart();
        page = await renderer.RenderAsync(site.Url("plain.html"), 0, CancellationToken.None);
        TestContext.Out.WriteLine($"plain {watch.ElapsedMilliseconds} ms");
    }
}
