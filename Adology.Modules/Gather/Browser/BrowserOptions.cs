namespace Adology.Modules.Gather.Browser;

internal sealed class BrowserOptions
{
    public const string Section = "Gather:Browser";

    /// <summary>Debian's <c>chromium</c> package installs it here; Playwright's own browser downloads are not used.</summary>
    public string ExecutablePath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages the host's one browser renders at once.</summary>
    public int MaxPages { get; set; } = 2;

    /// <summary>Scrolls a source gets when it names none.</summary>
    public int DefaultScrolls { get; set; } = 10;

    /// <summary>How long loading one page may take, up to its load event.</summary>
    public TimeSpan LoadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long scrolling one page may take; scrolling stops there and the page is read as it is.</summary>
    public TimeSpan ScrollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long rendering one page may take in all; a page whose scripts keep the browser busy is given up there.</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Wait after each scroll for the page's scripts to react, before the requests they started are awaited.</summary>
    public TimeSpan ScrollPause { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest wait after a scroll for the requests it started to finish.</summary>
    public TimeSpan SettleTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Bytes the browser may load for one page, all requests together.</summary>
    public long MaxBytesPerPage { get; set; } = 50 * 1024 * 1024;

    /// <summary>Renders of one page when the browser dies under it (each in a restarted browser).</summary>
    public int Attempts { get; set; } = 3;
}
