using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Ai.TextAttributes;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Cpu;
using Microsoft.Extensions.AI;

namespace Adology.Modules.Ai.Insights;

/// <summary>
/// Reads a creative as Acquire downloads it: the visual embedding of its picture, the text embedding of its copy
/// (term frequencies; the brand-wide IDF is applied at analysis time), and its copy's attributes and flags.
/// The local generators are CPU work and run on the CPU workers; configured remote ones are awaited.
/// </summary>
internal sealed class CreativeInsights(
    IEmbeddingGenerator<byte[], Embedding<float>> visual,
    IEmbeddingGenerator<string, Embedding<float>> text,
    ContentRules rules,
    CpuWorkers workers)
    : ICreativeInsights
{
    public async Task<CreativeInsight> ReadAsync(byte[] image, string? metadataJson, CancellationToken cancellationToken)
    {
        var copy = AdCopy.Of(metadataJson);
        if (visual is VisualEmbeddingGenerator localVisual && text is TextEmbeddingGenerator)
        {
            return await workers.RunAsync(() => new CreativeInsight(localVisual.Embed(image), TextFeatures.From(copy.Text), Attributes(copy)));
        }

        var visualEmbedding = await visual.GenerateVectorAsync(image, cancellationToken: cancellationToken);
        var textEmbedding = await text.GenerateVectorAsync(copy.Text, cancellationToken: cancellationToken);
        return new CreativeInsight(visualEmbedding.ToArray(), textEmbedding.ToArray(), Attributes(copy));
    }

    private CreativeAttributes Attributes(AdCopy copy)
    {
        var read = CopyReader.Extract(copy.Headline, copy.Body, copy.CallToAction);
        return new CreativeAttributes(read.CallToAction, read.Prices, read.Currency, read.DiscountPercents, read.Language, rules.FlagsOf(copy.Text));
    }
}
