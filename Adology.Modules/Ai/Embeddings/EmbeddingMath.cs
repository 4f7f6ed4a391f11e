using System.Numerics.Tensors;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>Arithmetic on embeddings stored as float arrays, vectorised by <see cref="TensorPrimitives"/>.</summary>
internal static class EmbeddingMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);

    public static float Norm(ReadOnlySpan<float> vector) => TensorPrimitives.Norm(vector);

    /// <summary>The cosine of the angle between the vectors; 0 when either is all zeros.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var norms = Norm(a) * Norm(b);
        return norms == 0 ? 0 : Math.Clamp(Dot(a, b) / norms, -1f, 1f);
    }

    /// <summary>Scales the vector to unit length in place; an all-zero vector stays all zeros.</summary>
    public static void Normalize(Span<float> vector)
    {
        var norm = Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    public static float[] Normalized(ReadOnlySpan<float> vector)
    {
        var copy = vector.ToArray();
        Normalize(copy);
        return copy;
    }

    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var distance = TensorPrimitives.Distance(a, b);
        return distance * distance;
    }
}
