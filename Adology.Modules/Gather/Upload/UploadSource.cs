using Adology.Modules.Contracts;
using Adology.Modules.Gather.Sources;
using Adology.Modules.Platform.Blobs;

namespace Adology.Modules.Gather.Upload;

/// <summary>
/// An upload's creatives: the listing <c>POST /api/scans/upload</c> stored, whose pictures are in the blob store
/// already (<c>blob:</c> URLs, its own) and whose sheets' rows are http(s) URLs to download.
/// </summary>
internal sealed class UploadSource(FileBlobStore blobs) : ICreativeSource
{
    public string Type => SourceTypes.Upload;

    public bool ListsStoredBlobs => true;

    public async Task<IReadOnlyList<GatheredCreative>> GatherAsync(ScanWork scan, CancellationToken cancellationToken)
    {
        var listing = BlobUrls.Sha256Of(scan.Source.Url) ?? throw new GatherFailedException("The upload's listing is not a blob: URL.");
        var content = await blobs.ReadAsync(listing, cancellationToken)
            ?? throw new GatherFailedException("The upload's listing is no longer in the blob store.");
        return [.. UploadListing.Read(content)];
    }
}
