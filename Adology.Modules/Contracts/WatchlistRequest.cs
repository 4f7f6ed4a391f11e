namespace Adology.Modules.Contracts;

/// <summary>The body of <c>PUT /api/watchlist</c>: the terms that replace the user's saved watch list.</summary>
public sealed record WatchlistRequest(IReadOnlyList<string>? Terms);
