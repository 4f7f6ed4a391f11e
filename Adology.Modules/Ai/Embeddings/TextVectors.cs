using System.Numerics.Tensors;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// TF-IDF over one brand's texts at analysis time: the term-frequency vectors of <see cref="TextFeatures"/>
/// weighted by the smoothed inverse document frequency of each bucket, ln((1 + n) / (1 + df)) + 1, over that corpus.
/// </summary>
internal static class TextVectors
{
    /// <summary>The TF-IDF vectors of a corpus, each of unit length, in the order given.</summary>
    public static float[][] Reweight(IReadOnlyList<float[]> termFrequencies)
    {
        var idf = InverseDocumentFrequencies(termFrequencies);
        return [.. termFrequencies.Select(vector => Apply(idf, vector))];
    }

    public static float[] InverseDocumentFrequencies(IReadOnlyList<float[]> termFrequencies)
    {
        ArgumentNullException.ThrowIfNull(termFrequencies);
        var dimensions = termFrequencies.Count > 0 ? termFrequencies[0].Length : TextFeatures.Dimensions;
        var documents = new int[dimensions];
        foreach (var vector in termFrequencies)
        {
            ArgumentOutOfRangeException.ThrowIfNotEqual(vector.Length, dimensions, nameof(termFrequencies));
            Count(vector, documents);
        }

        return Weights(documents, termFrequencies.Count);
    }

    /// <summary>The same over the term frequencies held in each row of <paramref name="rows"/> from column <paramref name="start"/> on.</summary>
    public static float[] InverseDocumentFrequencies(IRows rows, int start)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var documents = new int[rows.Dimensions - start];
        var row = new float[rows.Dimensions];
        for (var i = 0; i < rows.Count; i++)
        {
            rows.Read(i, row);
            Count(row.AsSpan(start), documents);
        }

        return Weights(documents, rows.Count);
    }

    /// <summary>One term-frequency vector weighted by <paramref name="idf"/>, of unit length (a text outside the corpus too).</summary>
    public static float[] Apply(ReadOnlySpan<float> idf, ReadOnlySpan<float> termFrequencies)
    {
        var weighted = new float[termFrequencies.Length];
        Apply(idf, termFrequencies, weighted);
        return weighted;
    }

    /// <summary>The same, written into <paramref name="destination"/> (of the same length) rather than a new array.</summary>
    public static void Apply(ReadOnlySpan<float> idf, ReadOnlySpan<float> termFrequencies, Span<float> destination)
    {
        TensorPrimitives.Multiply(termFrequencies, idf, destination);
        EmbeddingMath.Normalize(destination);
    }

    private static void Count(ReadOnlySpan<float> termFrequencies, int[] documents)
    {
        for (var bucket = 0; bucket < documents.Length; bucket++)
        {
            documents[bucket] += termFrequencies[bucket] > 0 ? 1 : 0;
        }
    }

    private static float[] Weights(int[] documents, int count)
    {
        var idf = new float[documents.Length];
        for (var bucket = 0; bucket < documents.Length; bucket++)
        {
            idf[bucket] = MathF.Log((1f + count) / (1f + documents[bucket])) + 1;
        }

        return idf;
    }
}
