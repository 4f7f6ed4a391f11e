namespace Adology.Modules.Contracts;

/// <summary>What a pipeline step needs to know of the scan it works on.</summary>
/// <param name="Source">The source as the scan asked for it; its type is one of <see cref="SourceTypes"/>.</param>
public sealed record ScanWork(
    Guid ScanId,
    Guid OwnerId,
    string Brand,
    ScanSourceRequest Source,
    int Total,
    int Acquired,
    int Failed)
{
    /// <summary>One of <see cref="SourceTypes"/>.</summary>
    public string SourceType => Source.Type!;
}
