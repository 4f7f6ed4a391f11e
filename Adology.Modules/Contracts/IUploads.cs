namespace Adology.Modules.Contracts;

/// <summary>Uploaded creatives: pictures, zips of pictures and sheets listing creative URLs.</summary>
public interface IUploads
{
    UploadLimits Limits { get; }

    /// <summary>
    /// Checks every file (kind, limits, names, rows) and, only when all pass, stores the pictures and a listing of the
    /// upload's creatives in the blob store. A refused upload stores nothing.
    /// </summary>
    Task<StoredUpload> StoreAsync(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken);
}
