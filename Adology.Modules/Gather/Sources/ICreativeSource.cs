using Adology.Modules.Contracts;

namespace Adology.Modules.Gather.Sources;

/// <summary>Lists a brand's creatives. Throws <see cref="GatherFailedException"/> with a reason the user can act on.</summary>
internal interface ICreativeSource
{
    string Type { get; }

    /// <summary>
    /// Whether the source stores creatives in the blob store itself and lists them as <see cref="BlobUrls">blob: URLs</see>;
    /// such a source must never pass on a <c>blob:</c> URL it read from outside.
    /// </summary>
    bool ListsStoredBlobs => false;

    Task<IReadOnlyList<GatheredCreative>> GatherAsync(ScanWork scan, CancellationToken cancellationToken);
}
