using Adology.Modules.Platform.Imaging;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// Local, deterministic visual embeddings of encoded images (PNG, JPEG, GIF, WebP): <see cref="VisualFeatures"/>
/// of the decoded pixels, <see cref="Dimensions"/> floats of unit length.
/// </summary>
/// <remarks>Generating throws <see cref="InvalidDataException"/> for an input that is not a decodable image.</remarks>
internal sealed class VisualEmbeddingGenerator(long maxPixels = VisualEmbeddingGenerator.DefaultMaxPixels)
    : LocalEmbeddingGenerator<byte[]>(ModelId, Dimensions)
{
    public const int Dimensions = VisualFeatures.Dimensions;
    public const string ModelId = "adology-visual-dct8-hsv35";
    public const long DefaultMaxPixels = 50_000_000;

    public float[] Embed(ReadOnlySpan<byte> encodedImage) => ImagePixels.Decode(encodedImage, maxPixels, VisualFeatures.From);

    protected override float[] Compute(byte[] value) => Embed(value);
}
