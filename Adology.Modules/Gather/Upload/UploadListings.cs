using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;

namespace Adology.Modules.Gather.Upload;

internal sealed class UploadListings(FileBlobStore blobs) : IUploadListings
{
    public async Task<IReadOnlySet<string>> BlobsNamedByAsync(IReadOnlyList<byte[]> listings, CancellationToken cancellationToken)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var listing in listings)
        {
            if (await blobs.ReadAsync(listing, cancellationToken) is not { } content)
            {
                continue;
            }

            foreach (var creative in UploadListing.Read(content))
            {
                if (BlobUrls.Sha256Of(creative.Url) is { } sha256)
                {
                    named.Add(Convert.ToHexStringLower(sha256));
                }
            }
        }

        return named;
    }
}
