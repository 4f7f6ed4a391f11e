using Adology.Modules.Ai.Text;

namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// The hashed term frequencies of a text: its content words (<see cref="Words.IsContent"/>), their bigrams and
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
        Span<float> unigrams = stackalloc float[Dimensions];
        Span<float> bigrams = stackalloc float[Dimensions];
        Span<float> trigrams = stackalloc float[Dimensions];
        unigrams.Clear();
        bigrams.Clear();
        trigrams.Clear();
        // Read token by token, with the previous content word kept for the bigram: no string per word (the acquire
        // embeds every creative's copy).
        Span<char> previous = stackalloc char[64];
        var previousLength = -1;
        foreach (var word in Words.Tokens(text, stackalloc char[64]))
        {
            if (!Words.IsContent(word))
            {
                continue;
            }

            unigrams[Bucket(WordFamily, word)]++;
            if (previousLength >= 0)
            {
                var bigram = new FeatureHash(BigramFamily);
                bigram.Add(previous[..previousLength]);
                bigram.Add(' ');
                bigram.Add(word);
                bigrams[bigram.Bucket(Dimensions)]++;
            }

            CountMarkedTrigrams(word, trigrams);
            if (word.Length > previous.Length)
            {
                previous = new char[word.Length];
            }

            word.CopyTo(previous);
            previousLength = word.Length;
        }

        var vector = new float[Dimensions];
        for (var bucket = 0; bucket < Dimensions; bucket++)
        {
            vector[bucket] = Sublinear(unigrams[bucket]) + Sublinear(bigrams[bucket]) + (TrigramWeight * Sublinear(trigrams[bucket]));
        }

        EmbeddingMath.Normalize(vector);
        return vector;
    }

    /// <summary>The character trigrams of the word marked at both ends (<c>&lt;word&gt;</c>), without making that string.</summary>
    private static void CountMarkedTrigrams(ReadOnlySpan<char> word, Span<float> trigrams)
    {
        var markedLength = word.Length + 2;
        for (var start = 0; start + 3 <= markedLength; start++)
        {
            var hash = new FeatureHash(TrigramFamily);
            for (var i = start; i < start + 3; i++)
            {
                hash.Add(i == 0 ? '<' : i == markedLength - 1 ? '>' : word[i - 1]);
            }

            trigrams[hash.Bucket(Dimensions)]++;
        }
    }

    private static int Bucket(ulong family, ReadOnlySpan<char> feature)
    {
        var hash = new FeatureHash(family);
        hash.Add(feature);
        return hash.Bucket(Dimensions);
    }

    private static float Sublinear(float count) => count > 0 ? 1 + MathF.Log(count) : 0;
}
