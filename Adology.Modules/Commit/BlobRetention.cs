using Adology.Modules.Commit.Data;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Commit;

/// <summary>
/// Blobs are referenced by catalogue creatives, by staged items (of unfinished scans, or finished ones not yet
/// purged; by content or by <c>blob:</c> URL), by unfinished scans' sources (an upload's listing) and by the listings
/// of uploads not yet staged. Only old
/// blobs are candidates, and a blob stored again is new again, so a blob acquired or uploaded just now, whose
/// row is not committed yet, is never taken for garbage.
/// </summary>
internal sealed class BlobRetention(AdologyDb db, FileBlobStore blobs, IScanItems items, IUploadListings listings) : IBlobRetention
{
    private const int BatchSize = 1_000;

    public async Task<int> DeleteUnreferencedAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken)
    {
        // Read before the candidates are: an upload started later stored (or freshened) its blobs after the cutoff.
        var listed = await listings.BlobsNamedByAsync(await items.UnstagedSourceBlobsAsync(cancellationToken), cancellationToken);
        var deleted = 0;
        foreach (var batch in blobs.WrittenBefore(writtenBefore).Chunk(BatchSize))
        {
            var inCatalogue = (await db.Set<CatalogueCreative>()
                    .Where(creative => batch.Contains(creative.Sha256))
                    .Select(creative => creative.Sha256)
                    .ToListAsync(cancellationToken))
                .Select(Convert.ToHexStringLower);
            var inUse = (await items.HashesInUseAsync(batch, cancellationToken)).Union(inCatalogue).Union(listed).ToHashSet(StringComparer.Ordinal);
            foreach (var sha256 in batch.Where(sha256 => !inUse.Contains(Convert.ToHexStringLower(sha256))))
            {
                deleted += blobs.DeleteIfWrittenBefore(sha256, writtenBefore) ? 1 : 0;
            }
        }

        return deleted;
    }
}
