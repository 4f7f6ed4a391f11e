using Adology.Modules.Ai.Models;
using Adology.Modules.Ai.TextAttributes;

namespace Adology.Modules.Ai;

internal sealed class AiOptions
{
    public const string Section = "Ai";

    /// <summary>Creatives whose perceptual hashes differ in at most this many of 64 bits are near-duplicates.</summary>
    public int NearDuplicateDistance { get; set; } = 6;

    /// <summary>
    /// The mean silhouette a split of the brand into clusters must reach, else it is one cluster. Lower than the
    /// textbook 0.25: embeddings of hundreds of dimensions separate less; planted campaigns score about 0.17,
    /// creatives with no campaigns about 0.10.
    /// </summary>
    public float MinimumSilhouette { get; set; } = 0.12f;

    /// <summary>
    /// Creatives whose copy embeddings have at least this cosine are near-duplicates of copy. High: the copy model puts
    /// paraphrases of one offer at about 0.7 to 0.85, the same words with small edits above 0.9.
    /// </summary>
    public float CopyDuplicateSimilarity { get; set; } = 0.92f;

    /// <summary>An OpenAI-compatible embeddings API for the ad copy, instead of the local hashed n-grams.</summary>
    public ModelEndpoint TextEmbeddings { get; set; } = new();

    /// <summary>An OpenAI-compatible embeddings API that takes images as data URIs, instead of the local DCT and colour histogram.</summary>
    public ModelEndpoint VisualEmbeddings { get; set; } = new();

    /// <summary>An OpenAI-compatible chat API to write the analysis summary, instead of the template.</summary>
    public ModelEndpoint Chat { get; set; } = new();

    /// <summary>How long the chat model may take before the template's summary is used.</summary>
    public TimeSpan ChatTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rules that flag unwanted copy; when none are configured, <see cref="ContentRules.Defaults"/> (scam wording).</summary>
    public List<ContentRule> ContentRules { get; set; } = [];

    /// <summary>How many brands' similarity indexes stay in memory at once.</summary>
    public int SimilarityIndexes { get; set; } = 8;

    /// <summary>How many of those one user's brands may hold, so that one user cycling brands cannot push out everyone's.</summary>
    public int SimilarityIndexesPerUser { get; set; } = 2;
}
