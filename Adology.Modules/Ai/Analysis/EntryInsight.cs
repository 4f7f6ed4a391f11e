using System.Runtime.InteropServices;
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

    /// <param name="parsed">The stored attributes parsed so far, by their JSON: a brand's creatives share few, each parsed once.</param>
    public static CreativeAttributes Attributes(CatalogueEntry entry, Dictionary<string, CreativeAttributes> parsed)
    {
        if (entry.Insight is { } insight)
        {
            return insight.Attributes;
        }

        if (entry.Stored is not { } stored)
        {
            return CreativeAttributes.None;
        }

        ref var attributes = ref CollectionsMarshal.GetValueRefOrAddDefault(parsed, stored.AttributesJson, out var seen);
        return seen ? attributes! : attributes = StoredInsight.Attributes(stored.AttributesJson);
    }
}
