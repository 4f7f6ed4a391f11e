namespace Adology.Modules.Contracts;

/// <summary>Removes stored creatives nothing refers to any more.</summary>
public interface IBlobRetention
{
    /// <summary>Deletes the blobs written before the cutoff that neither the catalogue nor a staged item refers to; returns how many.</summary>
    Task<int> DeleteUnreferencedAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken);
}
