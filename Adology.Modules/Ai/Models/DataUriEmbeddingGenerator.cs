using Microsoft.Extensions.AI;

namespace Adology.Modules.Ai.Models;

/// <summary>
/// Image embeddings from a text-input embeddings API: each image is sent as a <c>data:</c> URI, the input form
/// OpenAI-compatible servers of multimodal models (CLIP, SigLIP, jina-clip, …) accept for pictures.
/// </summary>
internal sealed class DataUriEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : IEmbeddingGenerator<byte[], Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<byte[]> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.GenerateAsync(values.Select(image => new DataContent(image, MediaTypeOf(image)).Uri), options, cancellationToken);

    public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

    public void Dispose() => inner.Dispose();

    // Acquire admits only these four, by the same magic bytes.
    private static string MediaTypeOf(byte[] image) => image switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
        [0xFF, 0xD8, ..] => "image/jpeg",
        [(byte)'G', (byte)'I', (byte)'F', ..] => "image/gif",
        _ => "image/webp",
    };
}
