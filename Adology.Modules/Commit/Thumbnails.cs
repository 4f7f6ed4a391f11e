using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using SkiaSharp;

namespace Adology.Modules.Commit;

/// <summary>Small JPEG previews of stored creatives, made on demand (the bytes are immutable, so clients cache them).</summary>
internal sealed class Thumbnails(FileBlobStore blobs) : IPictureThumbnails
{
    public const int MaxSide = 160;

    public async Task<byte[]?> OfAsync(byte[] sha256, CancellationToken cancellationToken)
    {
        if (!blobs.Exists(sha256))
        {
            return null;
        }

        using var original = SKBitmap.Decode(await File.ReadAllBytesAsync(blobs.PathOf(sha256), cancellationToken));
        if (original is null)
        {
            return null;
        }

        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(original.Width, original.Height));
        var size = new SKImageInfo(Math.Max(1, (int)(original.Width * scale)), Math.Max(1, (int)(original.Height * scale)));
        using var small = original.Resize(size, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var image = SKImage.FromBitmap(small);
        return image.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();
    }
}
