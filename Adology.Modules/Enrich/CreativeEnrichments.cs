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
        var sha256s = creatives.Select(creative => creative.Fingerprint.Sha256).DistinctBy(Convert.ToHexStringLower).ToList();
        var texts = await TextsAsync(sha256s, cancellationToken);
        var visuals = models.Visual is { } visual
            ? (await store.VisualsAsync(sha256s, visual.Version, cancellationToken)).ToDictionary(row => Convert.ToHexStringLower(row.Sha256), row => row.Embedding)
            : [];
        var labels = await LabelsAsync(sha256s, cancellationToken);
        var copyKeys = creatives.ToDictionary(
            creative => creative.Id,
            creative => CopyKey.Of(CopyText.Of(creative.Copy, texts.GetValueOrDefault(Hex(creative)))));
        var copies = models.Copy is { } copy
            ? (await store.CopiesAsync([.. copyKeys.Values.DistinctBy(Convert.ToHexStringLower)], copy.Version, cancellationToken))
                .ToDictionary(row => Convert.ToHexStringLower(row.CopySha256), row => row.Embedding)
            : [];
        var enrichments = new Dictionary<Guid, CreativeEnrichment>();
        foreach (var creative in creatives)
        {
            var key = Hex(creative);
            var text = texts.GetValueOrDefault(key);
            var label = labels.GetValueOrDefault(key);
            var enrichment = new CreativeEnrichment(
                visuals.GetValueOrDefault(key),
                copies.GetValueOrDefault(Convert.ToHexStringLower(copyKeys[creative.Id])),
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
        return texts.Keys.Union(labels.Keys).ToDictionary(
            key => key,
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

    private async Task<Dictionary<string, OnImageText>> TextsAsync(IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken) =>
        models.Reader is { } reader
            ? (await store.TextsAsync(sha256s, reader.Version, cancellationToken)).ToDictionary(row => Convert.ToHexStringLower(row.Sha256), row => row.Text, StringComparer.Ordinal)
            : [];

    private async Task<Dictionary<string, (CreativeLabels? Labels, string? Failure)>> LabelsAsync(IReadOnlyList<byte[]> sha256s, CancellationToken cancellationToken) =>
        models.Labeller is { } labeller
            ? (await store.LabelsAsync(sha256s, labeller.Model, cancellationToken)).ToDictionary(row => Convert.ToHexStringLower(row.Sha256), row => (row.Labels, row.Failure), StringComparer.Ordinal)
            : [];

    private static string Hex(CatalogueEntry creative) => Convert.ToHexStringLower(creative.Fingerprint.Sha256);
}
