using System.Security.Cryptography;
using Adology.Modules.Contracts;

namespace Adology.Modules.Acquire.Fingerprints;

/// <summary>A downloaded body examined: an image of a sane size, fingerprinted — or why it is not.</summary>
internal sealed record Examination(CreativeFingerprint? Fingerprint, string? Failure)
{
    /// <summary>CPU work only: the type and size from the header (before any decode), then SHA-256 and the perceptual hash.</summary>
    public static Examination Of(byte[] content, long maxPixels)
    {
        if (!ImageSniffer.TryRead(content, out var header, out var notAnImage))
        {
            return new Examination(null, notAnImage);
        }

        if ((long)header.Width * header.Height > maxPixels)
        {
            return new Examination(null, $"image of {header.Width}x{header.Height} pixels is over the {maxPixels} pixel limit");
        }

        try
        {
            var perceptualHash = PerceptualHash.Compute(content);
            var fingerprint = new CreativeFingerprint(
                SHA256.HashData(content), header.MediaType, content.Length, header.Width, header.Height, perceptualHash);
            return new Examination(fingerprint, null);
        }
        catch (InvalidImageException exception)
        {
            return new Examination(null, exception.Message);
        }
    }
}
