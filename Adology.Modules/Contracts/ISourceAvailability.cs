namespace Adology.Modules.Contracts;

/// <summary>Whether a source type can be used on this host (configured, its tools installed), asked when a scan is requested.</summary>
public interface ISourceAvailability
{
    /// <summary>Why scans of this <see cref="SourceTypes"/> type cannot run here, or null when they can.</summary>
    string? Unavailable(string sourceType);
}
