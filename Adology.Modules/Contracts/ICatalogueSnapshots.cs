namespace Adology.Modules.Contracts;

/// <summary>A brand's catalogue as it stood at one of its scans, read page by page so a report of any size streams.</summary>
public interface ICatalogueSnapshots
{
    /// <summary>
    /// The owner's creatives of the brand seen up to the scan's commit (up to <paramref name="asOf"/> when the scan
    /// committed nothing), with their sightings counted up to then, in SHA-256 order. Holds one page at a time.
    /// </summary>
    IAsyncEnumerable<SnapshotCreative> ReadAsync(Guid ownerId, string brand, Guid scanId, DateTimeOffset asOf, CancellationToken cancellationToken);
}
