using System.Numerics.Tensors;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Randomness;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// Groups creatives whose copy embeddings (the text part of <see cref="BrandVectors"/>: the copy model's where the brand
/// has them) are at least a cosine apart, without comparing all pairs: each copy is sketched by a 64-bit SimHash (the
/// signs of 64 fixed random projections), pairs whose sketches differ in few bits are found by
/// <see cref="NearDuplicates"/>' banding and then checked by their true cosine. A pair at cosine 0.95 differs in about
/// 6 of the 64 bits and is found most of the time; the groups are transitive, so a family of near copies is found whole.
/// </summary>
internal static class CopyDuplicates
{
    private const int SketchBits = 64;
    private const int CandidateDistance = 8;
    private const ulong Seed = 0x5EED_C0B1_E5UL;

    public static List<CopyDuplicateGroup> Group(BrandVectors vectors, IReadOnlyList<CatalogueEntry> catalogue, float minSimilarity)
    {
        if (vectors.Count < 2)
        {
            return [];
        }

        var planes = Planes(vectors.Dimensions - vectors.TextStart);
        var weakest = Enumerable.Repeat(1.0, vectors.Count).ToArray();
        var (rowA, rowB) = (new float[vectors.Dimensions - vectors.TextStart], new float[vectors.Dimensions - vectors.TextStart]);
        var inRowA = -1;
        bool Linked(int a, int b)
        {
            // The banding asks about one creative against its candidates in turn: it is read once for them all.
            if (a != inRowA)
            {
                Text(vectors, a, rowA);
                inRowA = a;
            }

            // Both text parts have length √½: twice their dot product is their cosine.
            var cosine = 2 * TensorPrimitives.Dot(rowA, Text(vectors, b, rowB));
            if (cosine < minSimilarity)
            {
                return false;
            }

            (weakest[a], weakest[b]) = (Math.Min(weakest[a], cosine), Math.Min(weakest[b], cosine));
            return true;
        }

        // The creatives of one sketch (mostly one text, run many times) join its first directly: a campaign's thousand
        // runs of one copy cost a thousand cosines, not the half million of comparing them in a band.
        var sketched = new float[vectors.Dimensions - vectors.TextStart];
        var sketches = Enumerable.Range(0, vectors.Count).Select(row => Sketch(Text(vectors, row, sketched), planes)).ToArray();
        var firstOf = new Dictionary<long, int>();
        var heads = new List<int>();
        var followers = new Dictionary<int, List<int>>();
        for (var row = 0; row < sketches.Length; row++)
        {
            if (firstOf.TryGetValue(sketches[row], out var head) && Linked(head, row))
            {
                followers[head].Add(row);
                continue;
            }

            firstOf.TryAdd(sketches[row], row);
            heads.Add(row);
            followers[row] = [row];
        }

        var linked = NearDuplicates.Group([.. heads.Select(head => sketches[head])], CandidateDistance, (a, b) => Linked(heads[a], heads[b]));
        var inGroups = linked.SelectMany(group => group).Select(index => heads[index]).ToHashSet();
        return
        [
            .. linked.Select(group => group.SelectMany(index => followers[heads[index]]).ToList())
                .Concat(heads.Where(head => !inGroups.Contains(head) && followers[head].Count > 1).Select(head => followers[head]))
                .Select(rows => new CopyDuplicateGroup([.. rows.Select(row => catalogue[vectors.Entries[row]].Id)], Math.Round(rows.Min(row => weakest[row]), 4))),
        ];
    }

    /// <summary>The text part of the row, read into <paramref name="buffer"/>.</summary>
    private static float[] Text(BrandVectors vectors, int row, float[] buffer)
    {
        vectors.ReadText(row, buffer);
        return buffer;
    }

    private static long Sketch(ReadOnlySpan<float> text, float[][] planes)
    {
        var sketch = 0L;
        for (var bit = 0; bit < SketchBits; bit++)
        {
            if (TensorPrimitives.Dot(text, planes[bit]) > 0)
            {
                sketch |= 1L << bit;
            }
        }

        return sketch;
    }

    private static float[][] Planes(int dimensions)
    {
        var random = new SplitMix64(Seed ^ (ulong)dimensions);
        return [.. Enumerable.Range(0, SketchBits).Select(_ => Enumerable.Range(0, dimensions).Select(_ => random.Between(-1, 1)).ToArray())];
    }
}
