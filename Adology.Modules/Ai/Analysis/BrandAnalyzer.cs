using Adology.Modules.Ai.Clustering;
using Adology.Modules.Ai.Colours;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Ai.Text;
using Adology.Modules.Ai.Themes;
using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// The brand-wide analysis, a pure function of its input: duplicates (of bytes, of looks, of copy), clusters with their themes and colours, the
/// mix of platforms, formats and sizes, what the copy says, what changed since the previous scan, and a summary
/// from the template. Linear in the brand's size but for the clustering's fixed-size sample.
/// </summary>
internal static class BrandAnalyzer
{
    public const int ThemesPerCluster = 5;
    public const int ColoursPerCluster = 3;
    public const int ExamplesPerCluster = 6;
    public const int DominantColourCount = 5;
    private const int Seed = 20261123;
    private const int ListedSizes = 12;

    public static AnalysisResult Analyze(AnalysisInput input, AnalyzerSettings settings, DateTimeOffset now)
    {
        var (scan, catalogue) = (input.Scan, input.Catalogue);
        var exact = input.ScanItems
            .GroupBy(item => item.Sha256, ContentHashComparer.Instance)
            .Where(group => group.Count() > 1)
            .Select(group => new ExactDuplicateGroup(Convert.ToHexStringLower(group.Key), [.. group.Select(item => item.Url)]))
            .ToList();
        var near = NearDuplicates.Group([.. catalogue.Select(entry => entry.Fingerprint.PerceptualHash)], settings.NearDuplicateDistance)
            .Select(members => new NearDuplicateGroup([.. members.Select(index => catalogue[index].Id)], MaxDistance(members, catalogue)))
            .ToList();
        var vectors = BrandVectors.Of(catalogue, input.TextIsTermFrequencies, input.Enrichments);
        var partition = Clusters.Find(vectors, Seed, settings.MinimumSilhouette);
        var clusters = Describe(input, vectors, partition);
        var members = vectors.Entries.Select((entry, row) => (catalogue[entry].Id, partition.ClusterOf[row])).ToList();
        var colours = input.VisualHasColours ? Colours(catalogue, vectors.Entries, DominantColourCount) : [];
        var changes = Changes(input);
        var analysis = new BrandAnalysis(
            scan.ScanId,
            scan.Brand,
            now,
            scan.Total,
            scan.Failed,
            catalogue.Count,
            changes.New,
            changes,
            exact,
            near,
            clusters,
            colours,
            CountBy(catalogue, entry => entry.Platform ?? "unknown"),
            CountBy(catalogue, entry => entry.Fingerprint.MediaType),
            Sizes(catalogue),
            CopyFigures(catalogue),
            string.Empty,
            SummaryTemplate.Source,
            CopyDuplicates.Group(vectors, catalogue, settings.CopyDuplicateSimilarity));
        return new AnalysisResult(analysis with { Summary = SummaryTemplate.Write(analysis) }, members, vectors);
    }

    private static List<CreativeCluster> Describe(AnalysisInput input, BrandVectors vectors, Partition partition)
    {
        var catalogue = input.Catalogue;
        // Made one at a time as the themes read them: a large brand's documents are never all held at once.
        var documents = vectors.Entries.Select(entry => Document(catalogue[entry], input.Enrichments));
        var brandWords = Words.Of(input.Scan.Brand).ToHashSet(StringComparer.Ordinal);
        var themes = ClusterThemes.TopTerms(documents, partition.ClusterOf, ThemesPerCluster, brandWords);
        var rowsOf = Enumerable.Range(0, partition.Count).Select(_ => new List<int>()).ToArray();
        for (var row = 0; row < vectors.Count; row++)
        {
            rowsOf[partition.ClusterOf[row]].Add(row);
        }

        var vector = new float[vectors.Dimensions];
        float CosineToCentroid(int row, float[] centroid)
        {
            vectors.Read(row, vector);
            return EmbeddingMath.Cosine(vector, centroid);
        }

        return [.. Enumerable.Range(0, partition.Count).Select(cluster =>
        {
            var rows = rowsOf[cluster];
            var centroid = partition.Centroids[cluster];
            var examples = rows
                .OrderByDescending(row => CosineToCentroid(row, centroid))
                .Take(ExamplesPerCluster)
                .Select(row => catalogue[vectors.Entries[row]].Id);
            var colours = input.VisualHasColours ? Colours(catalogue, rows.Select(row => vectors.Entries[row]), ColoursPerCluster) : [];
            return new CreativeCluster(cluster, rows.Count, Math.Round((double)rows.Count / vectors.Count, 4), themes[cluster], colours, [.. examples]);
        })];
    }

    /// <summary>What the themes read of a creative: its copy and the text printed on its picture.</summary>
    private static string Document(CatalogueEntry entry, IReadOnlyDictionary<Guid, CreativeEnrichment>? enrichments) =>
        entry.Copy.WithPicture(enrichments?.GetValueOrDefault(entry.Id)?.OnImageText);

    /// <summary>
    /// The dominant colours of the local visual embeddings, whose tail is the colour histogram; a creative clustered by its
    /// enrichment alone has none. Each is decoded into the one buffer: a brand's pictures are never all decoded at once.
    /// </summary>
    private static IReadOnlyList<NamedColour> Colours(IReadOnlyList<CatalogueEntry> catalogue, IEnumerable<int> entries, int top)
    {
        var colours = new DominantColours();
        var visual = Array.Empty<float>();
        foreach (var entry in entries)
        {
            if (EntryInsight.Visual(catalogue[entry]) is { } stored)
            {
                visual = visual.Length == stored.Length ? visual : new float[stored.Length];
                stored.CopyTo(visual);
                colours.Add(visual);
            }
        }

        return colours.Top(top);
    }

    private static ScanChanges Changes(AnalysisInput input)
    {
        var scanHashes = input.ScanItems.Select(item => item.Sha256).ToHashSet(ContentHashComparer.Instance);
        var sighted = input.Catalogue.Where(entry => scanHashes.Contains(entry.Fingerprint.Sha256)).ToList();
        var sightedIds = sighted.Select(entry => entry.Id).ToHashSet();
        var added = sighted.Where(entry => entry.FirstScanId == input.Scan.ScanId).Select(entry => entry.Id).ToList();
        var previous = input.Previous;
        var returning = previous is null ? 0 : sighted.Count(entry => entry.FirstScanId != input.Scan.ScanId && !previous.Sighted.Contains(entry.Id));
        var gone = previous is null ? [] : input.Catalogue.Where(entry => previous.Sighted.Contains(entry.Id) && !sightedIds.Contains(entry.Id)).Select(entry => entry.Id).ToList();
        return new ScanChanges(
            previous?.ScanId, previous?.AnalyzedAt, added.Count, returning, gone.Count, [.. added.Take(ScanChanges.ListedIds)], [.. gone.Take(ScanChanges.ListedIds)]);
    }

    private static CopyFigures CopyFigures(IReadOnlyList<CatalogueEntry> catalogue)
    {
        var parsed = new Dictionary<string, CreativeAttributes>(StringComparer.Ordinal);
        var attributes = catalogue.Select(entry => EntryInsight.Attributes(entry, parsed)).ToList();
        return new CopyFigures(
            Count(attributes.Select(a => a.CallToAction ?? "none")),
            Count(attributes.Select(a => a.Language ?? "unknown")),
            attributes.Count(a => a.Prices.Count > 0),
            attributes.Count(a => a.DiscountPercents.Count > 0),
            attributes.Count(a => a.Flagged),
            Count(attributes.SelectMany(a => a.Flags)));
    }

    private static SortedDictionary<string, int> Sizes(IReadOnlyList<CatalogueEntry> catalogue)
    {
        var sizes = catalogue
            .GroupBy(entry => $"{entry.Fingerprint.Width}x{entry.Fingerprint.Height}")
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        var listed = new SortedDictionary<string, int>(sizes.Take(ListedSizes).ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal);
        if (sizes.Count > ListedSizes)
        {
            listed["other"] = sizes.Skip(ListedSizes).Sum(group => group.Count());
        }

        return listed;
    }

    private static int MaxDistance(int[] members, IReadOnlyList<CatalogueEntry> catalogue) =>
        members.SelectMany(a => members.Select(b => PopCount(catalogue[a].Fingerprint.PerceptualHash ^ catalogue[b].Fingerprint.PerceptualHash))).Max();

    private static int PopCount(long value) => System.Numerics.BitOperations.PopCount((ulong)value);

    private static SortedDictionary<string, int> CountBy(IReadOnlyList<CatalogueEntry> catalogue, Func<CatalogueEntry, string> key) =>
        Count(catalogue.Select(key));

    private static SortedDictionary<string, int> Count(IEnumerable<string> values) =>
        new(values.GroupBy(value => value, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal);
}
