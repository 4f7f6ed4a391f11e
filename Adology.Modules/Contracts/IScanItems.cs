namespace Adology.Modules.Contracts;

/// <summary>
/// The staged creatives of a scan and the barrier that counts them. Calls join the caller's database
/// transaction when one is open.
/// </summary>
public interface IScanItems
{
    /// <summary>
    /// In one transaction: stores the gathered items (malformed ones already failed, with their reason),
    /// sets the expected total and moves gathering → acquiring. Does nothing when already staged.
    /// </summary>
    /// <param name="storedBlobsAllowed">Whether the source stored blobs itself, so its <see cref="BlobUrls">blob: URLs</see> are its own; otherwise they fail.</param>
    Task<StageResult> StageAsync(Guid scanId, IReadOnlyList<GatheredCreative> items, bool storedBlobsAllowed, CancellationToken cancellationToken);

    /// <summary>Those of the given items still pending in a scan that is acquiring, with their staged URL and metadata.</summary>
    Task<IReadOnlyList<PendingCreative>> PendingAsync(AcquireCreatives batch, CancellationToken cancellationToken);

    /// <summary>
    /// Records the outcomes of pending items and counts them atomically (already finished items are not
    /// counted again). Returns the scans it moved; exactly one call, whatever the concurrency, sees a scan
    /// <see cref="CountedScan.Finished"/>.
    /// </summary>
    Task<IReadOnlyList<CountedScan>> RecordAsync(IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken);

    /// <summary>The scan's acquired items, in ordinal order.</summary>
    Task<IReadOnlyList<AcquiredItem>> ReadAcquiredAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>
    /// The distinct contents of the scan's acquired items in content-hash order, in chunks of at most
    /// <paramref name="chunkSize"/>, each item's insight as stored (<see cref="AcquiredItem.Stored"/>): a large scan is
    /// never held whole. Inside the caller's transaction only (a cursor of it), whose connection the caller may use
    /// between chunks.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<AcquiredContent>> ReadAcquiredContentsAsync(Guid scanId, int chunkSize, CancellationToken cancellationToken);

    /// <summary>The URLs and content hashes of the scan's acquired items, in ordinal order: no metadata, no embeddings.</summary>
    Task<IReadOnlyList<AcquiredUrl>> ReadAcquiredUrlsAsync(Guid scanId, CancellationToken cancellationToken);

    /// <summary>Deletes the staged items of scans that finished before the cutoff; returns how many.</summary>
    Task<int> PurgeFinishedAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Which of the given content hashes (lower-case hex) staged items still refer to, by their content or their
    /// <c>blob:</c> URL, or an unfinished scan by its source's <c>blob:</c> URL.
    /// </summary>
    Task<IReadOnlySet<string>> HashesInUseAsync(IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken);

    /// <summary>The content hashes of the blobs that sources of scans not yet staged name (an upload's listing).</summary>
    Task<IReadOnlyList<byte[]>> UnstagedSourceBlobsAsync(CancellationToken cancellationToken);
}
