namespace Adology.Modules.Gather.Browser;

/// <summary>A page's DOM as the browser left it after scrolling, and the URL its document came from.</summary>
internal sealed record RenderedPage(string Html, Uri Url);
