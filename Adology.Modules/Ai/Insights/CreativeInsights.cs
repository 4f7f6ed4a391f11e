using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Ai.Models;
using Adology.Modules.Ai.TextAttributes;
using Adology.Modules.Contracts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Adology.Modules.Ai.Insights;

/// <summary>
/// Reads a creative as Acquire downloads it: the visual embedding of its picture (locally from the pixels Acquire
/// decoded, or by the configured model from its bytes), the text embedding of its copy (term frequencies; the
/// brand-wide IDF is applied at analysis time), and its copy's attributes and flags.
/// </summary>
internal sealed class CreativeInsights(
    IEmbeddingGenerator<byte[], Embedding<float>> visual,
    IEmbeddingGenerator<string, Embedding<float>> text,
    LocalEmbeddings local,
    ContentRules rules,
    ILogger<CreativeInsights> logger)
    : ICreativeInsights
{
    public float[]? VisualOf(ReadOnlySpan<byte> rgba, int width, int height) =>
        local.Visual ? VisualFeatures.From(rgba, width, height) : null;

    public async Task<CreativeInsight?> ReadAsync(byte[] image, float[]? visualEmbedding, string? metadataJson, CancellationToken cancellationToken)
    {
        var copy = AdCopy.Of(metadataJson);
        try
        {
            visualEmbedding ??= (await visual.GenerateVectorAsync(image, cancellationToken: cancellationToken)).ToArray();
            var textEmbedding = local.Text
                ? TextFeatures.From(copy.Text)
                : (await text.GenerateVectorAsync(copy.Text, cancellationToken: cancellationToken)).ToArray();
            return new CreativeInsight(visualEmbedding, textEmbedding, Attributes(copy));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A model outage must not lose the creative: it is stored without, and the analysis leaves it out.
            logger.LogWarning(exception, "The configured embedding model failed; the creative is stored without embeddings");
            return null;
        }
    }

    private CreativeAttributes Attributes(AdCopy copy)
    {
        var read = CopyReader.Extract(copy.Headline, copy.Body, copy.CallToAction);
        return new CreativeAttributes(read.CallToAction, read.Prices, read.Currency, read.DiscountPercents, read.Language, rules.FlagsOf(copy.Text));
    }
}
