namespace Adology.Modules.Contracts;

/// <summary>Small JPEG previews of stored pictures, by content hash.</summary>
public interface IPictureThumbnails
{
    /// <summary>A JPEG at most 160 px on its longer side, or null when the blob is gone or is no picture.</summary>
    Task<byte[]?> OfAsync(byte[] sha256, CancellationToken cancellationToken);
}
