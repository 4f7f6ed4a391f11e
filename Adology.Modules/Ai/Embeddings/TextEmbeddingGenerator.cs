using Microsoft.Extensions.AI;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>Local, deterministic text embeddings: the hashed sublinear term frequencies of <see cref="TextFeatures"/>.</summary>
internal sealed class TextEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = TextFeatures.Dimensions;
    public const string ModelId = "adology-text-hashed-tf512";

    private static readonly EmbeddingGeneratorMetadata Metadata = new("adology", null, ModelId, Dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(TextFeatures.From(text)) { ModelId = ModelId });
        }

        return Task.FromResult(embeddings);
    }

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
