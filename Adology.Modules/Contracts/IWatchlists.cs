namespace Adology.Modules.Contracts;

/// <summary>The users' saved watch lists.</summary>
public interface IWatchlists
{
    /// <summary>The user's saved terms; empty when they saved none.</summary>
    Task<WatchlistView> FindAsync(Guid ownerId, CancellationToken cancellationToken);

    /// <summary>Replaces the user's saved terms (already validated), trimmed and de-duplicated as a scan's are.</summary>
    Task<WatchlistView> SaveAsync(Guid ownerId, IReadOnlyList<string> terms, CancellationToken cancellationToken);
}
