using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using SkiaSharp;

namespace Adology.Modules.Commit;

/// <summary>
/// Small JPEG previews of stored creatives, made once, on the first request, and kept beside the picture
/// (<see cref="FileBlobStore.ThumbnailPathOf"/>): later requests read a few kilobytes. Making one decodes the picture,
/// which for a large PNG takes its full size in memory (a 7,000 × 7,000 one, 196 MB), so only one per core is made at a
/// time; a JPEG is decoded straight to an eighth of its size where that is enough.
/// </summary>
internal sealed class Thumbnails(FileBlobStore blobs) : IPictureThumbnails, IDisposable
{
    public const int MaxSide = 160;

    private readonly SemaphoreSlim making = new(Environment.ProcessorCount);

    public async Task<byte[]?> OfAsync(byte[] sha256, CancellationToken cancellationToken)
    {
        if (await blobs.ReadThumbnailAsync(sha256, cancellationToken) is { } kept)
        {
            return kept;
        }

        if (!blobs.Exists(sha256))
        {
            return null;
        }

        await making.WaitAsync(cancellationToken);
        try
        {
            // Many requests for one new picture arrive together: the first made it while the others waited.
            if (await blobs.ReadThumbnailAsync(sha256, cancellationToken) is { } madeMeanwhile)
            {
                return madeMeanwhile;
            }

            if (await blobs.ReadAsync(sha256, cancellationToken) is not { } picture || Make(picture) is not { } jpeg)
            {
                return null;
            }

            await blobs.PutThumbnailAsync(sha256, jpeg, cancellationToken);
            return jpeg;
        }
        finally
        {
            making.Release();
        }
    }

    public void Dispose() => making.Dispose();

    private static byte[]? Make(byte[] picture)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(picture));
        if (codec is null)
        {
            return null;
        }

        // A JPEG decodes natively to 1/2, 1/4 or 1/8 of its size; other formats at full size.
        var decoded = codec.GetScaledDimensions(Math.Min(1f, (float)MaxSide / Math.Max(codec.Info.Width, codec.Info.Height)));
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        using var original = SKBitmap.Decode(codec, new SKImageInfo(decoded.Width, decoded.Height, SKImageInfo.PlatformColorType, alpha));
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
