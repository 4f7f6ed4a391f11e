namespace Adology.Modules.Gather.Browser;

/// <summary>A page could not be rendered for a reason of its own (not a dead browser): trying again would not help.</summary>
internal sealed class RenderFailedException(string reason) : Exception(reason);
