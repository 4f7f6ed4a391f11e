namespace Adology.Modules.Contracts;

/// <summary>Who owns a scan, for work done on the owner's behalf without a signed-in viewer (a signed report link).</summary>
public interface IScanOwners
{
    /// <summary>The scan's owner, or null when there is no such scan.</summary>
    Task<Guid?> OwnerOfAsync(Guid scanId, CancellationToken cancellationToken);
}
