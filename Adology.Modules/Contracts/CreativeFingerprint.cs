namespace Adology.Modules.Contracts;

/// <summary>What Acquire learned of a downloaded creative.</summary>
/// <param name="Sha256">The content hash; also the blob's address.</param>
/// <param name="PerceptualHash">64-bit DCT perceptual hash; near-duplicates differ in few bits.</param>
public sealed record CreativeFingerprint(
    byte[] Sha256,
    string MediaType,
    int ByteSize,
    int Width,
    int Height,
    long PerceptualHash);
