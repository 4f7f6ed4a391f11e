using System.Text.Json;

namespace Adology.Modules.Contracts;

/// <summary>Stored results of the brand-wide analysis.</summary>
public interface IAnalyses
{
    /// <summary>The analysis of the scan as a JSON document, or null when there is none (yet).</summary>
    Task<JsonElement?> FindAsync(Guid scanId, CancellationToken cancellationToken);
}
