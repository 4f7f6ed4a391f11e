namespace Adology.Tests.Integration.Support;

/// <summary>Pages of the browser tests' site, whose content only a browser running their scripts sees.</summary>
internal static class BrowserTestPages
{
    /// <summary>
    /// A tall page with one picture and a tracking pixel at the top; reaching its bottom makes its script fetch
    /// <c>items.json</c> (a list of picture paths) and insert those pictures.
    /// </summary>
    public static string Lazy(string first, string? script = null) => $$"""
        <!doctype html>
        <html><head><title>Shop</title>{{(script is null ? "" : $"<script src=\"{script}\"></script>")}}</head>
        <body>
          <h1>Spring collection</h1>
          <img src="{{first}}" alt="First">
          <img src="pixel.gif" width="1" height="1">
          <div style="height: 3000px"></div>
          <h2>More deals</h2>
          <div id="more"></div>
          <script>
            let loaded = false;
            window.addEventListener('scroll', async () => {
              if (loaded || window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 10) return;
              loaded = true;
              for (const path of await (await fetch('items.json')).json()) {
                const img = document.createElement('img');
                img.src = path;
                img.alt = 'Inserted ' + path;
                document.getElementById('more').appendChild(img);
              }
            });
          </script>
        </body></html>
        """;

    /// <summary>
    /// A page whose scripts try the canary every way a page can (a script redirected to it, a frame, a WebSocket,
    /// a beacon, a fetch) and insert <paramref name="then"/> once the fetch has failed.
    /// </summary>
    public static string Prober(Uri canary, string then)
    {
        var at = canary.AbsoluteUri.TrimEnd('/');
        var socket = "ws" + at["http".Length..];
        return $$"""
            <!doctype html>
            <html><head><script src="moved.js"></script></head>
            <body>
              <iframe src="{{at}}/frame"></iframe>
              <script>
                try { new WebSocket('{{socket}}/socket'); } catch (e) { }
                try { navigator.sendBeacon('{{at}}/beacon', 'seen'); } catch (e) { }
                fetch('{{at}}/fetch', { mode: 'no-cors' }).catch(() => null).finally(() => {
                  const img = document.createElement('img');
                  img.src = '{{then}}';
                  document.body.appendChild(img);
                });
              </script>
            </body></html>
            """;
    }
}
