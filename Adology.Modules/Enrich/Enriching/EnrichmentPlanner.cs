using Adology.Modules.Enrich.Data;
using Adology.Modules.Enrich.Models;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>Finds, from what is stored, the pictures of a scan that still miss something, and what: a redelivery does only that.</summary>
internal sealed class EnrichmentPlanner(EnrichmentStore store)
{
    public async Task<List<PictureTask>> PlanAsync(IReadOnlyList<ScanPicture> pictures, ActiveModels models, CancellationToken cancellationToken)
    {
        var sha256s = pictures.Select(picture => picture.Sha256).ToList();
        var visuals = models.Visual is { } visual ? Keys(await store.VisualStoredAsync(sha256s, visual.Version, cancellationToken)) : null;
        var texts = models.Reader is { } reader
            ? (await store.TextsAsync(sha256s, reader.Version, cancellationToken)).ToDictionary(row => Convert.ToHexStringLower(row.Sha256), row => row.Text)
            : [];
        var labelled = models.Labeller is { } labeller ? Keys(await store.LabelledAsync(sha256s, labeller.Model, cancellationToken)) : null;
        var copies = models.Copy is { } copy ? await StoredCopiesAsync(pictures, texts, copy, cancellationToken) : null;
        return
        [
            .. pictures
                .Select(picture =>
                {
                    var text = texts.GetValueOrDefault(picture.Key);
                    var needsText = models.Reader is not null && text is null;
                    return new PictureTask(
                        picture,
                        visuals is not null && !visuals.Contains(picture.Key),
                        needsText,
                        text,
                        copies is not null
                            && (needsText || picture.Copies.Any(copy => !copies.Contains(Convert.ToHexStringLower(CopyKey.Of(CopyText.Of(copy, text)))))),
                        labelled is not null && !labelled.Contains(picture.Key));
                })
                .Where(task => task.HasWork),
        ];
    }

    private async Task<HashSet<string>> StoredCopiesAsync(
        IReadOnlyList<ScanPicture> pictures, Dictionary<string, OnImageText> texts, ICopyModel copy, CancellationToken cancellationToken)
    {
        var keys = pictures
            .SelectMany(picture => picture.Copies.Select(adCopy => CopyKey.Of(CopyText.Of(adCopy, texts.GetValueOrDefault(picture.Key)))))
            .ToList();
        return Keys(await store.CopiesStoredAsync(keys, copy.Version, cancellationToken));
    }

    private static HashSet<string> Keys(IEnumerable<byte[]> keys) => keys.Select(Convert.ToHexStringLower).ToHashSet(StringComparer.Ordinal);
}
