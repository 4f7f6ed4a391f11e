using Adology.Modules.Contracts;

namespace Adology.Modules.Gather.Sources;

/// <summary>Lists a brand's creatives. Throws <see cref="GatherFailedException"/> with a reason the user can act on.</summary>
internal interface ICreativeSource
{
    string Type { get; }

    Task<IReadOnlyList<GatheredCreative>> GatherAsync(ScanWork scan, CancellationToken cancellationToken);
}
