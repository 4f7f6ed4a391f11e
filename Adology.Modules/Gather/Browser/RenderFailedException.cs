namespace Adology.Modules.Gather.Browser;

/// <summary>A page could not be rendered for a reason of its own (not a dead browser): trying again would not help.</summary>
/// <param name="fetchFailure">The safe HTTP client's reason, when it was the page's document that could not be fetched.</param>
internal sealed class RenderFailedException(string reason, string? fetchFailure = null) : Exception(reason)
{
    public string? FetchFailure { get; } = fetchFailure;
}
