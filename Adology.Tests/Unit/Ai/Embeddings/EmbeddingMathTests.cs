using Adology.Modules.Ai.Embeddings;

namespace Adology.Tests.Unit.Ai.Embeddings;

internal sealed class EmbeddingMathTests
{
    [Test]
    public void Cosine_of_known_angles()
    {
        Assert.That(EmbeddingMath.Cosine([1, 0, 0], [3, 0, 0]), Is.EqualTo(1).Within(1e-6));
        Assert.That(EmbeddingMath.Cosine([1, 0, 0], [0, 2, 0]), Is.EqualTo(0).Within(1e-6));
        Assert.That(EmbeddingMath.Cosine([1, 1, 0], [1, 0, 0]), Is.EqualTo(MathF.Sqrt(0.5f)).Within(1e-6));
        Assert.That(EmbeddingMath.Cosine([1, 0, 0], [-1, 0, 0]), Is.EqualTo(-1).Within(1e-6));
    }

    [Test]
    public void Cosine_with_a_zero_vector_is_zero()
    {
        Assert.That(EmbeddingMath.Cosine([0, 0, 0], [1, 2, 3]), Is.Zero);
    }

    [Test]
    public void Normalized_vectors_have_unit_length_and_keep_their_direction()
    {
        var normalized = EmbeddingMath.Normalized([3, 4]);

        Assert.That(normalized, Is.EqualTo(new[] { 0.6f, 0.8f }).Within(1e-6));
    }

    [Test]
    public void A_zero_vector_stays_zero_when_normalized()
    {
        Assert.That(EmbeddingMath.Normalized([0, 0]), Is.EqualTo(new[] { 0f, 0f }));
    }
}
