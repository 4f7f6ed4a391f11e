namespace Adology.Modules.Contracts;

/// <summary>Reads decoded RGBA8888 pixels (rows packed, premultiplied or opaque).</summary>
public delegate float[]? PixelReader(ReadOnlySpan<byte> rgba, int width, int height);

/// <summary>The AI module's reading of one creative as Acquire downloads it: embeddings and copy attributes.</summary>
public interface ICreativeInsights
{
    /// <summary>
    /// CPU work on the pixels Acquire decodes for the fingerprint, so a picture is decoded once: the visual
    /// embedding when it is computed locally, else null (a configured model embeds the encoded bytes).
    /// </summary>
    float[]? VisualOf(ReadOnlySpan<byte> rgba, int width, int height);

    /// <param name="image">The downloaded bytes, already known to be an image of a sane size.</param>
    /// <param name="visual">What <see cref="VisualOf"/> returned for it.</param>
    /// <param name="metadataJson">The creative's metadata as gathered (headline, body, callToAction, …).</param>
    /// <returns>Null when a configured model failed (after its client's retries): the creative is kept without.</returns>
    Task<CreativeInsight?> ReadAsync(byte[] image, float[]? visual, string? metadataJson, CancellationToken cancellationToken);

    /// <summary>The names of the content rules the text breaks (for text read off a picture after Acquire).</summary>
    IReadOnlyList<string> FlagsOf(string text);
}
