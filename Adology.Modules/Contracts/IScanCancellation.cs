namespace Adology.Modules.Contracts;

/// <summary>Lets the work of a scan on this host stop as soon as the scan is cancelled.</summary>
public interface IScanCancellation
{
    /// <summary>A token cancelled when the scan is cancelled.</summary>
    CancellationToken TokenFor(Guid scanId);
}
