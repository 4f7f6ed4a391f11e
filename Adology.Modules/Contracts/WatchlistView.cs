namespace Adology.Modules.Contracts;

/// <summary>The user's saved watch list, applied to every scan they start and to their scheduled scans.</summary>
public sealed record WatchlistView(IReadOnlyList<string> Terms);
