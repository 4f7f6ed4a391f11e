namespace Adology.Modules.Contracts;

/// <summary>The watch terms found in each scan's creatives: once per creative (content hash) and term.</summary>
public interface IScanMatches
{
    /// <summary>
    /// Holds the subjects to their scans' watch terms, records the matches not found before and reports each of those as
    /// MATCH_FOUND, once: a redelivered batch finds its matches recorded and reports nothing.
    /// </summary>
    Task MatchAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken);

    /// <summary>The scan's matches in the order they were found; null when the viewer may not see the scan.</summary>
    Task<Page<ScanMatch>?> ListAsync(Guid scanId, Viewer viewer, PageRequest page, CancellationToken cancellationToken);

    /// <summary>All the scan's matches in the order they were found, for its report.</summary>
    IAsyncEnumerable<ScanMatch> ReadAsync(Guid scanId, CancellationToken cancellationToken);

    Task<int> CountAsync(Guid scanId, CancellationToken cancellationToken);
}
