namespace Adology.Modules.Contracts;

/// <summary>The AI module's reading of one creative as Acquire downloads it: embeddings and copy attributes.</summary>
public interface ICreativeInsights
{
    /// <param name="image">The downloaded bytes, already known to be an image of a sane size.</param>
    /// <param name="metadataJson">The creative's metadata as gathered (headline, body, callToAction, …).</param>
    Task<CreativeInsight> ReadAsync(byte[] image, string? metadataJson, CancellationToken cancellationToken);
}
