using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Data;
using Adology.Modules.Enrich.Enriching;
using Adology.Modules.Enrich.Models;

namespace Adology.Modules.Enrich;

/// <summary>
/// Reads what the enriching phase stored, for the models this host runs now: a model that is off, or of another
/// version, contributes nothing, and the analysis falls back to its cheap embeddings.
/// </summary>
internal sealed class CreativeEnrichments(EnrichmentStore store, ActiveModels models) : ICreativeEnrichments
{
    public string? LabelModel => models.Labeller?.Model;

    public async Task<IReadOnlyDictionary<Guid, CreativeEnrichment>> ReadAsync(IReadOnlyList<CatalogueEntry> creatives, CancellationToken cancellationToken)
    {
        var sha256s = creatives.Select(creative => creative.Fingerprint.Sha256).Distinct(ContentHashComparer.Instance).ToList();
        var texts = await TextsAsync(sha256s, cancellationToken);
        var visuals = models.Visual is { } visual
            ? (await store.VisualsAsync(sha256s, visual.Version, cancellationToken)).ToDictionary(row => row.Sha256, row => row.Embedding, ContentHashComparer.Instance)
            : [];
        var labels = await LabelsAsync(sha256s, cancellationToken);
        var copies = await CopiesAsync(creatives, texts, cancellationToken);
        var enrichments = new Dictionary<Guid, CreativeEnrichment>();
        foreach (var creative in creatives)
        {
            var key = creative.Fingerprint.Sha256;
            var text = texts.GetValueOrDefault(key);
            var label = labels.GetValueOrDefault(key);
            var enrichment = new CreativeEnrichment(
                visuals.GetValueOrDefault(key),
                copies.GetValueOrDefault(creative.Id),
                text?.Text,
                text?.Confidence,
                label.Labels,
                label.Failure);
            if (enrichment != CreativeEnrichment.None)
            {
                enrichments[creative.Id] = enrichment;
            }
        }

        return enrichments;
    }

    public async Task<IReadOnlyDictionary<string, CreativeEnrichment>> DescribeAsync(IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken)
    {
        var texts = await TextsAsync(sha256s, cancellationToken);
        var labels = await LabelsAsync(sha256s, cancellationToken);
        return texts.Keys.Union(labels.Keys, ContentHashComparer.Instance).ToDictionary(
            Convert.ToHexStringLower,
            key =>
            {
                var text = texts.GetValueOrDefault(key);
                var label = labels.GetValueOrDefault(key);
                return CreativeEnrichment.None with { OnImageText = text?.Text, OnImageTextConfidence = text?.Confidence, Labels = label.Labels, LabelFailure = label.Failure };
            },
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<byte[]>> LabelledAsync(IReadOnlyList<byte[]> sha256s, string productType, CancellationToken cancellationToken) =>
        models.Labeller is { } labeller ? await store.WithProductTypeAsync(sha256s, labeller.Model, productType, cancellationToken) : [];

    /// <summary>Each creative's copy embedding, stored under the SHA-256 of the text embedded (its copy and on-image text).</summary>
    private async Task<Dictionary<Guid, float[]>> CopiesAsync(
        IReadOnlyList<CatalogueEntry> creatives, Dictionary<byte[], OnImageText> texts, CancellationToken cancellationToken)
    {
        if (models.Copy is not { } copy)
        {
            return [];
        }

        var copyKeys = creatives.ToDictionary(
            creative => creative.Id,
            creative => CopyKey.Of(CopyText.Of(creative.Copy, texts.GetValueOrDefault(creative.Fingerprint.Sha256))));
        var embeddings = (await store.CopiesAsync([.. copyKeys.Values.Distinct(ContentHashComparer.Instance)], copy.Version, cancellationToken))
            .ToDictionary(row => row.CopySha256, row => row.Embedding, ContentHashComparer.Instance);
        return copyKeys
            .Where(creative => embeddings.ContainsKey(creative.Value))
            .ToDictionary(creative => creative.Key, creative => embeddings[creative.Value]);
    }

    private async Task<Dictionary<byte[], OnImageText>> TextsAsync(IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken) =>
        models.Reader is { } reader
            ? (await store.TextsAsync(sha256s, reader.Version, cancellationToken)).ToDictionary(row => row.Sha256, row => row.Text, ContentHashComparer.Instance)
            : new(ContentHashComparer.Instance);

    private async Task<Dictionary<byte[], (CreativeLabels? Labels, string? Failure)>> LabelsAsync(IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken) =>
        models.Labeller is { } labeller
            ? (await store.LabelsAsync(sha256s, labeller.Model, cancellationToken)).ToDictionary(row => row.Sha256, row => (row.Labels, row.Failure), ContentHashComparer.Instance)
            : new(ContentHashComparer.Instance);
}
