using System.Security.Cryptography;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Imaging;

namespace Adology.Modules.Acquire.Fingerprints;

/// <summary>A downloaded body examined: an image of a sane size, fingerprinted, with what was read off its pixels — or why it is not.</summary>
/// <param name="Visual">What <c>readPixels</c> returned: the visual embedding, when it is computed locally.</param>
internal sealed record Examination(CreativeFingerprint? Fingerprint, float[]? Visual, string? Failure)
{
    /// <summary>
    /// CPU work only: the type and size from the header (before any decode, which refuses more than
    /// <paramref name="maxPixels"/>), then SHA-256, and one decode whose pixels give the perceptual hash and go to
    /// <paramref name="readPixels"/>.
    /// </summary>
    public static Examination Of(byte[] content, long maxPixels, PixelReader readPixels)
    {
        using var codec = ImageSniffer.Open(content, out var header, out var notAnImage);
        if (codec is null)
        {
            return new Examination(null, null, notAnImage);
        }

        try
        {
            var (perceptualHash, visual) = ImagePixels.Decode(
                codec, maxPixels, (rgba, width, height) => (PerceptualHash.Of(rgba, width, height), readPixels(rgba, width, height)));
            var fingerprint = new CreativeFingerprint(
                SHA256.HashData(content), header.MediaType, content.Length, header.Width, header.Height, perceptualHash);
            return new Examination(fingerprint, visual, null);
        }
        catch (InvalidDataException exception)
        {
            return new Examination(null, null, exception.Message);
        }
    }
}
