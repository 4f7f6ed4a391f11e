using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// A catalogue entry's insight, whether it was read decoded (<see cref="CatalogueEntry.Insight"/>) or as stored
/// (<see cref="CatalogueEntry.Stored"/>, the brand-wide read).
/// </summary>
internal static class EntryInsight
{
    public static EmbeddingSource? Visual(CatalogueEntry entry) =>
        entry.Insight is { } insight ? new(insight.Visual) : entry.Stored is { } stored ? new(stored.Visual) : null;

    public static EmbeddingSource? Text(CatalogueEntry entry) =>
        entry.Insight is { } insight ? new(insight.Text) : entry.Stored is { } stored ? new(stored.Text) : null;

    public static CreativeAttributes Attributes(CatalogueEntry entry) =>
        entry.Insight?.Attributes ?? (entry.Stored is { } stored ? StoredInsight.Attributes(stored.AttributesJson) : CreativeAttributes.None);
}
