namespace Adology.Modules.Contracts;

/// <summary>What the listings of uploads not yet staged refer to, so that retention keeps it.</summary>
public interface IUploadListings
{
    /// <summary>The content hashes (lower-case hex) of the blobs the given listings name; a listing that is gone names none.</summary>
    Task<IReadOnlySet<string>> BlobsNamedByAsync(IReadOnlyList<byte[]> listings, CancellationToken cancellationToken);
}
