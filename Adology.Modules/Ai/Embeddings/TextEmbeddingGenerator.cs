namespace Adology.Modules.Ai.Embeddings;

/// <summary>Local, deterministic text embeddings: the hashed sublinear term frequencies of <see cref="TextFeatures"/>.</summary>
internal sealed class TextEmbeddingGenerator() : LocalEmbeddingGenerator<string>(ModelId, Dimensions)
{
    public const int Dimensions = TextFeatures.Dimensions;
    public const string ModelId = "adology-text-hashed-tf512";

    protected override float[] Compute(string value) => TextFeatures.From(value);
}
