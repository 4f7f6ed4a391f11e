namespace Adology.Modules.Contracts;

/// <summary>Nearest neighbours among a brand's creatives.</summary>
public interface ISimilarCreatives
{
    /// <summary>
    /// The <paramref name="k"/> creatives of the same brand most like the given one, most alike first; empty when the
    /// creative has no embeddings (yet). Null when it does not exist or the viewer may not see it.
    /// </summary>
    Task<IReadOnlyList<SimilarCreative>?> FindAsync(Guid creativeId, Viewer viewer, int k, CancellationToken cancellationToken);
}
