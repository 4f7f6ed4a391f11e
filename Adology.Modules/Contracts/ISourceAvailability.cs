namespace Adology.Modules.Contracts;

/// <summary>Whether this host can run a source type; a scan whose source cannot run here is refused when it is asked for.</summary>
public interface ISourceAvailability
{
    /// <summary>Why <paramref name="sourceType"/> cannot run on this host, or null when it can.</summary>
    string? WhyUnavailable(string? sourceType);
}
