using Microsoft.Extensions.AI;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>An embedding generator that computes each vector here, in process, holding nothing to dispose.</summary>
internal abstract class LocalEmbeddingGenerator<TInput>(string modelId, int dimensions) : IEmbeddingGenerator<TInput, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata metadata = new("adology", null, modelId, dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<TInput> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(Compute(value)) { ModelId = modelId });
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose() => GC.SuppressFinalize(this);

    protected abstract float[] Compute(TInput value);
}
