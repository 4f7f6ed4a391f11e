using Adology.Modules.Platform.Imaging;
using Microsoft.Extensions.AI;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// Local, deterministic visual embeddings of encoded images (PNG, JPEG, GIF, WebP): <see cref="VisualFeatures"/>
/// of the decoded pixels, <see cref="Dimensions"/> floats of unit length.
/// </summary>
internal sealed class VisualEmbeddingGenerator(long maxPixels = VisualEmbeddingGenerator.DefaultMaxPixels)
    : IEmbeddingGenerator<byte[], Embedding<float>>
{
    public const int Dimensions = VisualFeatures.Dimensions;
    public const string ModelId = "adology-visual-dct8-hsv35";
    public const long DefaultMaxPixels = 50_000_000;

    private static readonly EmbeddingGeneratorMetadata Metadata = new("adology", null, ModelId, Dimensions);

    /// <exception cref="InvalidDataException">An input is not a decodable image.</exception>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<byte[]> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var image in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(Embed(image)) { ModelId = ModelId });
        }

        return Task.FromResult(embeddings);
    }

    public float[] Embed(ReadOnlySpan<byte> encodedImage) => ImagePixels.Decode(encodedImage, maxPixels, VisualFeatures.From);

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
    }
}
