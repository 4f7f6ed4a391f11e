namespace Adology.Modules.Contracts;

/// <summary>
/// The creatives a scan found new to its brand, as they are acquired (ITEM_FOUND) and as its creatives list shows them.
/// Calls join the caller's database transaction when one is open.
/// </summary>
public interface IScanFindings
{
    /// <summary>
    /// Records the pictures not yet found by their scan nor in its brand's catalogue, and sends them in one ITEM_FOUND
    /// per scan; a picture already found (another URL, an earlier delivery of the batch) is not sent again.
    /// </summary>
    Task FindAsync(IReadOnlyList<FoundPicture> pictures, CancellationToken cancellationToken);

    /// <summary>At the commit: the scan's found creatives become exactly those the commit added, with their catalogue ids.</summary>
    Task SettleAsync(Guid scanId, IReadOnlyList<SettledCreative> added, CancellationToken cancellationToken);

    /// <summary>The scan's found creatives in the order found, or null when the scan is not the viewer's.</summary>
    Task<Page<ScanResult>?> ListAsync(Guid scanId, Viewer viewer, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The content hash of the scan's acquired item, or null when there is none or the scan is not the viewer's.</summary>
    Task<byte[]?> PictureAsync(Guid scanId, int ordinal, Viewer viewer, CancellationToken cancellationToken);
}
