using Adology.Modules.Ai.Text;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// The hashed term frequencies of a text: its content words (<see cref="Words.Content"/>), their bigrams and
/// their character trigrams (word boundaries marked, so spelling variants still meet) counted into
/// <see cref="Dimensions"/> buckets, each count taken as 1 + ln(count) (sublinear), the vector of unit length.
/// Apply <see cref="TextVectors.Reweight"/> over a brand's texts for TF-IDF.
/// </summary>
internal static class TextFeatures
{
    public const int Dimensions = 512;

    // Trigrams are about six times as many as words; at half weight, each kind has a fair say in the length.
    private const float TrigramWeight = 0.5f;
    private const ulong WordFamily = 1, BigramFamily = 2, TrigramFamily = 3;

    public static float[] From(string? text)
    {
        var words = Words.Content(text);
        Span<float> unigrams = stackalloc float[Dimensions];
        Span<float> bigrams = stackalloc float[Dimensions];
        Span<float> trigrams = stackalloc float[Dimensions];
        unigrams.Clear();
        bigrams.Clear();
        trigrams.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            unigrams[Bucket(WordFamily, words[i])]++;
            if (i > 0)
            {
                var bigram = new FeatureHash(BigramFamily);
                bigram.Add(words[i - 1]);
                bigram.Add(' ');
                bigram.Add(words[i]);
                bigrams[bigram.Bucket(Dimensions)]++;
            }

            var marked = $"<{words[i]}>";
            for (var start = 0; start + 3 <= marked.Length; start++)
            {
                trigrams[Bucket(TrigramFamily, marked.AsSpan(start, 3))]++;
            }
        }

        var vector = new float[Dimensions];
        for (var bucket = 0; bucket < Dimensions; bucket++)
        {
            vector[bucket] = Sublinear(unigrams[bucket]) + Sublinear(bigrams[bucket]) + (TrigramWeight * Sublinear(trigrams[bucket]));
        }

        EmbeddingMath.Normalize(vector);
        return vector;
    }

    private static int Bucket(ulong family, ReadOnlySpan<char> feature)
    {
        var hash = new FeatureHash(family);
        hash.Add(feature);
        return hash.Bucket(Dimensions);
    }

    private static float Sublinear(float count) => count > 0 ? 1 + MathF.Log(count) : 0;
}
