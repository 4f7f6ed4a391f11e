using Adology.Modules.Enrich.Labels;
using Adology.Modules.Enrich.Models;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>What the models computed for one batch of pictures, to store.</summary>
internal sealed class EnrichedBatch
{
    public List<(byte[] Sha256, float[] Embedding)> Visuals { get; } = [];

    public List<(byte[] Sha256, OnImageText Text)> Texts { get; } = [];

    public List<(byte[] CopySha256, float[] Embedding)> Copies { get; } = [];

    public List<(byte[] Sha256, LabelOutcome Outcome)> Labels { get; } = [];
}
