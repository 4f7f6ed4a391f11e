using System.Numerics.Tensors;

namespace Adology.Modules.Enrich.Models;

internal static class UnitVectors
{
    /// <summary>A copy scaled to length 1, so a dot product is the cosine; a zero vector stays zero.</summary>
    public static float[] Normalised(ReadOnlySpan<float> values)
    {
        var vector = values.ToArray();
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }
}
